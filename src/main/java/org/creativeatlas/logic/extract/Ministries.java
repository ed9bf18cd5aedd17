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

    /**
     * The ministries the people's roles name. When the document names the same ministry in full elsewhere («министр
     * культуры КР» and «Министерство культуры, информации … КР»), the person is tied to that one instead.
     */
    static List<Mention> from(Scan scan, List<Mention> people, List<Mention> named) {
        List<Mention> found = new ArrayList<>();
        for (Mention p : people) {
            if (p.type != ActorType.PERSON || p.roleFrom < 0 || p.roleTo <= p.roleFrom) {
                continue;
            }
            String role = Render.of(scan.doc, p.roleFrom, p.roleTo);
            String ministry = ministry(role);
            if (ministry == null) {
                continue;
            }
            Mention m = new Mention(ActorType.ORGANISATION, ministry, p.roleFrom, p.roleTo, 2);
            Mention full = named.stream().filter(o -> same(scan, o, m)).findFirst().orElse(null);
            if (full == null) {
                found.add(m);
            }
            p.affiliation = full == null ? ministry : full.name;
        }
        return found;
    }

    /** The same first two words (the head and the first field) and the same country named in both. */
    private static boolean same(Scan scan, Mention named, Mention derived) {
        List<String> a = named.words();
        List<String> b = derived.words();
        return named.type == ActorType.ORGANISATION && a.size() >= 2 && b.size() >= 2 && a.get(0).equals(b.get(0))
                && a.get(1).equals(b.get(1)) && java.util.Objects.equals(country(scan, named), country(scan, derived));
    }

    private static String country(Scan scan, Mention m) {
        for (int i = m.from; i < m.to; i++) {
            Place p = scan.place(i);
            if (p != null && p.country() != null) {
                return p.country();
            }
        }
        return null;
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
