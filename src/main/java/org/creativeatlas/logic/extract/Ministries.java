package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.creativeatlas.model.ActorType;

/** A minister's role names the ministry: "Vice Minister of Education and Science …" → "Ministry of Education and Science …". */
final class Ministries {

    private static final Pattern ENGLISH = Pattern.compile("\\bMinister (of (?:the )?(\\p{Lu}[\\p{L}-]*).*)");
    /** "Culture Minister of Tajikistan": the field before the title, the state after it; not a rank ("Prime Minister"). */
    private static final Pattern ENGLISH_FIELD = Pattern.compile("\\b(\\p{Lu}\\p{Ll}+) Minister (of (?:the )?(\\p{Lu}.*))");
    /** A prime minister («премьер-министра Казахстана») heads the government, not a ministry; a замминистра a ministry. */
    private static final Pattern RUSSIAN = Pattern.compile("(?iu)(?<!премьер-)\\b(?:зам)?министр(?:а|у|ом|е)? ((\\p{Ll}+).*)");
    private static final Pattern KAZAKH = Pattern.compile("(\\p{Lu}.*?)\\s+(?:вице-)?министрі\\p{L}*");

    private static final Set<String> RANKS = Set.of("Prime", "Vice", "Deputy", "First", "Former",
            "Acting");
    private static final Pattern CLOSING_STOP = Pattern.compile("(?<=\\p{Ll}{3})[;:,.]$");

    private Ministries() {
    }

    /**
     * The ministries the people's roles name. When the document names the same ministry in full elsewhere («министр
     * культуры КР» and «Министерство культуры, информации … КР»), the person is tied to that one instead.
     */
    static List<Mention> from(Scan scan, List<Mention> people, List<Mention> named) {
        List<Mention> found = new ArrayList<>();
        Map<String, Mention> full = null;
        for (Mention p : people) {
            if (p.type != ActorType.PERSON || p.roleFrom < 0 || p.roleTo <= p.roleFrom) {
                continue;
            }
            // "…, Minister of Culture; …": the stop after a role set off after a name is no part of the ministry's name
            String role = CLOSING_STOP.matcher(Render.of(scan.doc, p.roleFrom, p.roleTo)).replaceAll("");
            String ministry = ministry(role);
            if (ministry == null) {
                continue;
            }
            Mention m = new Mention(ActorType.ORGANISATION, ministry, p.roleFrom, p.roleTo, 2);
            if (full == null) {
                full = byHead(scan, named);
            }
            Mention same = m.words().size() < 2 ? null : full.get(head(scan, m));
            if (same == null) {
                found.add(m);
            }
            p.affiliation = same == null ? ministry : same.name;
        }
        return found;
    }

    /**
     * The organisations named, each under its first two words (the head and the first field) and the country named
     * in it; the first named wins. Made once, so a document with many ministers is not read once per minister.
     */
    private static Map<String, Mention> byHead(Scan scan, List<Mention> named) {
        Map<String, Mention> out = new HashMap<>();
        for (Mention o : named) {
            if (o.type == ActorType.ORGANISATION && o.words().size() >= 2) {
                out.putIfAbsent(head(scan, o), o);
            }
        }
        return out;
    }

    private static String head(Scan scan, Mention m) {
        return m.words().get(0) + " " + m.words().get(1) + " | " + country(scan, m);
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
        // «ҚР Премьер-Министрінің орынбасары – Сыртқы істер министрі»: the ministry is the post after the dash
        int dash = Math.max(role.lastIndexOf(" – "), role.lastIndexOf(" — "));
        role = dash > 0 ? role.substring(dash + 3) : role;
        Matcher field = ENGLISH_FIELD.matcher(role);
        if (field.find() && !RANKS.contains(field.group(1)) && Gazetteer.get(field.group(3).toLowerCase()) != null) {
            return field.group(1) + " Ministry " + field.group(2);
        }
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
