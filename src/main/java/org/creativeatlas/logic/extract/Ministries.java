package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.creativeatlas.model.ActorType;

/** A minister's role names the ministry: "Vice Minister of Education and Science …" → "Ministry of Education and Science …". */
final class Ministries {

    private static final Pattern ENGLISH = Pattern.compile("\\bMinister (of (?:the )?(\\p{Lu}[\\p{L}-]*).*)");
    private static final Pattern RUSSIAN = Pattern.compile("(?iu)\\bминистр(?:а|у|ом|е)? ((\\p{Ll}+).*)");
    private static final Pattern KAZAKH = Pattern.compile("(\\p{Lu}.*?)\\s+(?:вице-)?министрі\\p{L}*");

    private Ministries() {
    }

    static List<Mention> from(Scan scan, List<Mention> people) {
        List<Mention> found = new ArrayList<>();
        for (Mention p : people) {
            if (p.type != ActorType.PERSON || p.roleFrom < 0 || p.roleTo <= p.roleFrom) {
                continue;
            }
            String role = Render.of(scan.doc, p.roleFrom, p.roleTo);
            String ministry = ministry(role);
            if (ministry != null) {
                Mention m = new Mention(ActorType.ORGANISATION, ministry, p.roleFrom, p.roleTo, 2);
                found.add(m);
                p.affiliation = ministry;
            }
        }
        return found;
    }

    static String ministry(String role) {
        Matcher en = ENGLISH.matcher(role);
        if (en.find() && !en.group(2).equals("Republic") && Gazetteer.get(en.group(2).toLowerCase()) == null) {
            return "Ministry " + en.group(1);
        }
        Matcher ru = RUSSIAN.matcher(role);
        if (ru.find()) {
            return "Министерство " + ru.group(1);
        }
        Matcher kk = KAZAKH.matcher(role);
        return kk.find() ? kk.group(1) + " министрлігі" : null;
    }
}
