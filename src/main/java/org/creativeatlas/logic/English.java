package org.creativeatlas.logic;

/** Counts said in English, for the command line's lines and summaries: "1 actor", "0 actors", "2 people". */
public final class English {

    private English() {
    }

    /** {@code n} and a noun whose plural takes an s: "1 actor", "3 actors". */
    public static String count(long n, String noun) {
        return count(n, noun, noun + "s");
    }

    /** {@code n} and the noun that agrees with it: {@code one} for 1, else {@code many} (e.g. "person", "people"). */
    public static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
