package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.creativeatlas.model.ActorType;

/**
 * English names with no head noun of their own that a common noun describes: after them, in apposition ("Engender,
 * a network for women working towards gender parity"), or before them, as examples of a plural ("prestigious
 * institutions like the Louvre, the Institut du Monde Arabe in Paris"). The common noun gives the type.
 */
final class DescribedNames {

    /** Words of French, Spanish, Italian, Dutch or German names that stay in lower case: Institut du Monde Arabe. */
    private static final Set<String> PARTICLES = Set.of("du", "de", "des", "la", "le", "di", "del", "der", "van", "von");
    private static final Set<String> EXAMPLES = Set.of("like", "including");
    /** Words for bodies that are no head nouns of names, whose plural lists examples: institutions like … */
    private static final Set<String> KINDS = Set.of("institution", "partner", "brand", "body", "label");
    private static final int MAX_WORDS = 4;

    private DescribedNames() {
    }

    static List<Mention> find(Scan scan) {
        List<Mention> found = new ArrayList<>();
        for (Document.Sentence s : scan.doc.sentences) {
            if (s.lang() != Lang.EN) {
                continue;
            }
            for (int i = s.from(); i < s.to(); i++) {
                if (scan.token(i).is(",")) {
                    add(found, scan, apposed(scan, s, i));
                } else if (examplesAfter(scan, s, i)) {
                    for (Mention m : examples(scan, s, i + 1, scan.token(i + 1).lower().equals("such"))) {
                        add(found, scan, m);
                    }
                }
            }
        }
        return found;
    }

    private static void add(List<Mention> found, Scan scan, Mention m) {
        if (m != null) {
            found.add(m);
            scan.take(m);
        }
    }

    /** The name that ends at the comma when ", a …" after the comma describes it by a head noun, or null. */
    private static Mention apposed(Scan scan, Document.Sentence s, int comma) {
        int from = comma;
        while (from - 1 > s.from() && comma - from < MAX_WORDS && nameWord(scan, from - 1)) {
            from--;
        }
        // the word before the name is a lower-case one ("runs Engender, a network …"), not a mark such as "#"
        Token before = scan.token(from - 1);
        if (from == comma || !before.isWord() || before.isCapitalised() || !proper(scan, from, comma)) {
            return null;
        }
        ActorType type = EnglishNames.described(scan, comma, s.to(), null);
        return type == null || type == ActorType.PERSON ? null
                : new Mention(type, Render.of(scan.doc, from, comma), from, comma, 2);
    }

    /** A plural of an organisation's head noun followed by "like", "such as" or "including". */
    private static boolean examplesAfter(Scan scan, Document.Sentence s, int i) {
        Token t = scan.token(i);
        if (i + 1 >= s.to() || !t.isWord() || t.isCapitalised() || !t.lower().endsWith("s") || t.text().length() < 4) {
            return false;
        }
        String lower = t.lower();
        String singular = lower.endsWith("ies") ? lower.substring(0, lower.length() - 3) + "y"
                : lower.substring(0, lower.length() - 1);
        Head h = Heads.of(new Token(singular, t.start(), t.end()), Lang.EN);
        String next = scan.token(i + 1).lower();
        boolean such = next.equals("such") && i + 2 < s.to() && scan.token(i + 2).lower().equals("as");
        boolean body = KINDS.contains(singular) || h != null && h.type() == ActorType.ORGANISATION;
        return body && (EXAMPLES.contains(next) || such);
    }

    /**
     * The names listed after the cue: "[the] Name [in Place]", joined by commas and "and". After "such as" every item
     * is a body of the kind, whatever its words ("Tajik music groups such as Avesto, Sadoi Poytakht, Nozhan, Navoi
     * Darvoz, Barodaron and the Izzat Sharifi Group"): two name words are no person there, and a place may open one.
     */
    private static List<Mention> examples(Scan scan, Document.Sentence s, int cue, boolean suchAs) {
        List<Mention> out = new ArrayList<>();
        int k = scan.token(cue).lower().equals("such") ? cue + 2 : cue + 1;
        while (k < s.to()) {
            if (scan.token(k).lower().equals("the")) {
                k++;
            }
            int to = k;
            while (to < s.to() && to - k < MAX_WORDS && (nameWord(scan, to) || to > k && particle(scan, to, s))) {
                to++;
            }
            if (to == k || !(suchAs ? listed(scan, k, to) : proper(scan, k, to))) {
                return out;
            }
            out.add(new Mention(ActorType.ORGANISATION, Render.of(scan.doc, k, to), k, to, 2));
            if (to + 1 < s.to() && scan.token(to).is("in") && scan.place(to + 1) != null) {
                to = scan.place(to + 1).to();
            }
            int next = to;
            while (next < s.to() && (scan.token(next).is(",") || scan.token(next).is("and"))) {
                next++;
            }
            if (next == to) {
                return out;
            }
            k = next;
        }
        return out;
    }

    private static boolean nameWord(Scan scan, int i) {
        Token t = scan.token(i);
        return t.isWord() && t.isLatin() && t.isCapitalised() && !scan.taken(i) && !Scan.isStopword(t)
                && !Titles.is(t);
    }

    private static boolean particle(Scan scan, int i, Document.Sentence s) {
        return PARTICLES.contains(scan.token(i).text()) && i + 1 < s.to() && nameWord(scan, i + 1);
    }

    /** Not only a place and not a lone head noun. */
    private static boolean listed(Scan scan, int from, int to) {
        Place p = scan.place(from);
        boolean onlyPlace = p != null && p.from() == from && p.to() >= to;
        return !onlyPlace && !(to - from == 1 && Heads.of(scan.token(from), Lang.EN) != null);
    }

    /** Not a place, not a person's name and not a lone head noun. */
    private static boolean proper(Scan scan, int from, int to) {
        boolean person = to - from >= 2;
        for (int i = from; i < to; i++) {
            if (scan.place(i) != null && i == from) {
                return false;
            }
            person &= scan.nameLike(i);
        }
        boolean loneHead = to - from == 1 && Heads.of(scan.token(from), Lang.EN) != null;
        // "From April to May, a group of teachers …": a month is no name
        boolean month = to - from == 1 && Months.is(scan.token(from).lower());
        return !person && !loneHead && !month && !(to - from == 1 && Surnames.looksLike(scan.token(from).lower()));
    }
}
