package org.creativeatlas.logic.extract;

import java.util.Set;

/**
 * Arabic names joined by particles: "Ahmed Al Hay Al Hameli", "Khalid bin Mohammed". The particle and the words on
 * either side of it are one name, longer than the two or three words a name has elsewhere.
 */
final class ParticleNames {

    private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "binti", "bint", "ibn", "abu");

    private ParticleNames() {
    }

    /** Cyrillic article particles hyphened to a name («әл-Шамси», «ад-Дин»). */
    private static final Set<String> CYRILLIC = Set.of("әл", "ал", "аль", "эль", "ас", "ад", "ан", "ар", "аш", "ат");
    /** The article written capitalised and apart («Абдулла Маджид Әл Али»); «Ан» apart is a Korean surname. */
    private static final Set<String> APART = Set.of("әл", "ал", "аль", "эль");
    /** A father's or son's word opening a Cyrillic name of three words («Абу Райхана Беруни», «Ибн Сины»). */
    private static final Set<String> CYRILLIC_OPENINGS = Set.of("абу", "ибн", "аль");
    /** How many name words a particle's name may hold before it. */
    private static final int BEFORE = 2;

    /**
     * «Абдулла Маджид Әл Али», «Мұхаммед Әли әл-Мазки әл-Шамси»: a Cyrillic name read as {@code [from, to)} widened
     * over the given names before its opening particle and the hyphened particle names after it.
     */
    static int[] widened(Scan scan, int from, int to) {
        Token first = scan.token(from);
        int f = from;
        if (first.isCyrillic() && first.isCapitalised() && APART.contains(first.lower())) {
            while (from - f < BEFORE && f - 1 >= 0 && scan.token(f - 1).isCyrillic() && scan.nameLike(f - 1)
                    && !scan.taken(f - 1)) {
                f--;
            }
        }
        int t = to;
        while (t - to < BEFORE && t < scan.doc.size() && hyphened(scan.token(t)) && !scan.taken(t)) {
            t++;
        }
        return new int[] {f, t};
    }

    /** Whether the Cyrillic word opens an Arabic name with more words after it («имени Абу Райхана Беруни»). */
    static boolean opensCyrillic(Token t) {
        return CYRILLIC_OPENINGS.contains(t.lower());
    }

    private static boolean hyphened(Token t) {
        int hyphen = t.text().indexOf('-');
        return t.isCyrillic() && hyphen > 0 && hyphen + 1 < t.text().length()
                && CYRILLIC.contains(t.lower().substring(0, hyphen))
                && Character.isUpperCase(t.text().charAt(hyphen + 1));
    }

    /** Whether token j is a particle, lower-case or not, with a capitalised Latin name word right after it. */
    static boolean joins(Scan scan, int j, int end) {
        return j + 1 < end && scan.token(j).isLatin() && PARTICLES.contains(scan.token(j).lower())
                && scan.token(j + 1).isCapitalised() && scan.token(j + 1).isLatin();
    }

    /** Where a name that starts at {@code k} starts once the words a particle joins to it are read; not at floor. */
    static int opening(Scan scan, int k, int floor) {
        while (true) {
            if (PARTICLES.contains(scan.token(k).lower()) && k - 1 > floor && scan.nameLike(k - 1)) {
                k--;
            } else if (k - 2 > floor && joins(scan, k - 1, k + 1) && scan.nameLike(k - 2)) {
                k -= 2;
            } else {
                return k;
            }
        }
    }
}
