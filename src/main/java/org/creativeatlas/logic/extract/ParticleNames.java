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
