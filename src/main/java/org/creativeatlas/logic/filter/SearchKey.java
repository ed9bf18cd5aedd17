package org.creativeatlas.logic.filter;

import org.creativeatlas.model.TextFold;

/**
 * The form in which rows keep their folded search text and the filter looks for a folded query. The small
 * Cyrillic letters (Russian, Kazakh, Kyrgyz, Uzbek, Tajik) and common typographic marks trade places with Latin-1
 * code points that never occur in folded text (C1 controls, capitals, characters NFKC rewrites). Trading places is
 * one-for-one, so "contains" gives exactly the same answers; but Java then stores the region's text one byte per
 * letter instead of two, which halves what a search walks through and lets {@code String.contains} take its fast
 * path: several times faster over 100 000 rows. Text in other scripts stays two bytes per letter, still exact.
 */
final class SearchKey {

    private static final String COMPACTED = "әғқңөұүһҳҷӣӯ–—‘’“”„…№";
    private static final char[] SWAP = swapTable();

    /** The key of the latest query: a filter tests every row with the same text, so it is encoded once, not per row. */
    private static volatile Query latest = new Query("", "");

    private record Query(String folded, String key) {
    }

    private SearchKey() {
    }

    /** The key of text that is already folded ({@link TextFold}). */
    static String of(String folded) {
        char[] chars = folded.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = SWAP[chars[i]];
        }
        return new String(chars);
    }

    /** The same as {@link #of} for a filter's folded query, remembered for the rows that follow. */
    static String ofQuery(String folded) {
        Query query = latest;
        if (query.folded() != folded) { // the same filter passes the same String instance for every row
            query = new Query(folded, of(folded));
            latest = query;
        }
        return query.key();
    }

    private static char[] swapTable() {
        char[] swap = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c < swap.length; c++) {
            swap[c] = (char) c;
        }
        StringBuilder compacted = new StringBuilder();
        for (char c = 'а'; c <= 'џ'; c++) { // а–я and ѐ–џ, which hold і, ў, ё and the other extra letters
            compacted.append(c);
        }
        compacted.append(COMPACTED);
        int next = 0;
        for (char slot = 0x80; slot <= 0xFF && next < compacted.length(); slot++) {
            String alone = String.valueOf(slot);
            if (Character.isISOControl(slot) || !TextFold.fold(alone).equals(alone)) {
                char letter = compacted.charAt(next++);
                swap[slot] = letter;
                swap[letter] = slot;
            }
        }
        if (next < compacted.length()) {
            throw new IllegalStateException("not enough free Latin-1 code points for the search key");
        }
        return swap;
    }
}
