package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.creativeatlas.model.ActorType;

/**
 * A ministry or a government named once for several countries: "the Ministries of Education of Kazakhstan, Kyrgyzstan
 * and Tajikistan", «под патронажем Правительств КНР и Республики Таджикистан» are one body per country, each named in
 * the singular. Embassies listed so are left whole, as the annotators of the sets name them.
 */
final class DistributedBodies {

    private static final Map<String, String> SINGULAR = Map.of(
            "ministries", "Ministry", "governments", "Government",
            "министерства", "Министерство", "министерств", "Министерство", "министерствами", "Министерство",
            "министерствам", "Министерство", "правительства", "Правительство", "правительств", "Правительство");
    /** How many words may name the ministry's field between the head and the countries. */
    private static final int LONGEST_FIELD = 6;

    private DistributedBodies() {
    }

    static List<Mention> find(Scan scan) {
        List<Mention> found = new ArrayList<>();
        for (int h = 0; h < scan.doc.size(); h++) {
            String singular = SINGULAR.get(scan.token(h).lower());
            if (singular != null && !scan.taken(h)) {
                found.addAll(bodies(scan, h, singular));
            }
        }
        found.forEach(scan::take);
        return found;
    }

    private static List<Mention> bodies(Scan scan, int h, String singular) {
        boolean english = scan.token(h).isLatin();
        int first = h + 1;
        while (first < scan.doc.size() && first - h <= LONGEST_FIELD && scan.place(first) == null
                && field(scan.token(first), english)) {
            first++;
        }
        if (english && !scan.token(first - 1).is("of")) {
            return List.of();
        }
        List<Place> countries = countries(scan, first);
        if (countries.size() < 2) {
            return List.of();
        }
        String field = Render.of(scan.doc, h + 1, first);
        List<Mention> out = new ArrayList<>();
        for (Place c : countries) {
            String name = singular + (field.isEmpty() ? "" : " " + field) + " " + Render.of(scan.doc, c.from(), c.to());
            out.add(new Mention(ActorType.ORGANISATION, name, out.isEmpty() ? h : c.from(), c.to(), 3));
        }
        return out;
    }

    private static boolean field(Token t, boolean english) {
        if (english) {
            return t.isLatin() && (t.isCapitalised() || t.is("of") || t.is("and") || t.is("for"));
        }
        return t.isCyrillic() && !t.isCapitalised();
    }

    /** The countries listed from token i, "A, B and C" or «А и Б»; none unless "and" joins the last. */
    private static List<Place> countries(Scan scan, int i) {
        List<Place> out = new ArrayList<>();
        while (true) {
            Place p = state(scan, i);
            if (p == null) {
                return List.of();
            }
            out.add(p);
            int j = p.to();
            if (j < scan.doc.size() && scan.token(j).is(",")) {
                j++;
            }
            if (j < scan.doc.size() && (scan.token(j).is("and") || scan.token(j).is("и"))) {
                Place last = state(scan, j + 1);
                if (last == null) {
                    return List.of();
                }
                out.add(last);
                return out;
            }
            if (j == p.to()) {
                return List.of();
            }
            i = j;
        }
    }

    /** The state named from token i on («Республики Таджикистан» whole), if nothing has claimed it. */
    private static Place state(Scan scan, int i) {
        boolean republic = i < scan.doc.size() && scan.token(i).lower().startsWith("республик");
        Place p = scan.place(republic ? i + 1 : i);
        if (p == null || p.from() != (republic ? i + 1 : i) || !p.state() || scan.anyTaken(i, p.to())) {
            return null;
        }
        return new Place(i, p.to(), p.country(), null, false, p.destination());
    }
}
