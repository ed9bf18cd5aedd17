package org.creativeatlas.logic.extract;

import java.util.Map;
import java.util.Set;

/**
 * Whether two Russian adjectives in a row agree in case, as the adjectives of one name do («Жамбылский областной
 * русский драматический театр»); a noun that ends like an adjective in another case stops a name's words
 * («информационным партнером международного фестиваля»: the partner is no word of the festival's name); and whether
 * a masculine head stands in the plural.
 */
final class RussianCases {

    /** Soft endings to their hard twins, so that «-его» and «-ого» are one case. */
    private static final Map<String, String> HARD = Map.ofEntries(Map.entry("его", "ого"), Map.entry("ему", "ому"),
            Map.entry("им", "ым"), Map.entry("ем", "ом"), Map.entry("яя", "ая"), Map.entry("юю", "ую"),
            Map.entry("ий", "ый"), Map.entry("ее", "ое"), Map.entry("ие", "ые"), Map.entry("их", "ых"),
            Map.entry("ими", "ыми"), Map.entry("ей", "ой"));
    /** «-ый» and «-ой» both end a masculine nominative («Большой Государственный»). */
    private static final Set<String> NOMINATIVE = Set.of("ый", "ой");

    /** Plural endings of masculine nouns, none of them a singular case's: фестивалей, конкурсов, форумах. */
    private static final Set<String> MASCULINE_PLURAL = Set.of("ей", "ов", "ев", "ам", "ям", "ами", "ями", "ах", "ях");

    private RussianCases() {
    }

    /** «кинофестивалей»: a masculine head that names one thing in the nominative, written in the plural. */
    static boolean plural(Token t, Head head) {
        String nominative = head.nominative().toLowerCase(java.util.Locale.ROOT);
        String stem = nominative.endsWith("ь") || nominative.endsWith("й")
                ? nominative.substring(0, nominative.length() - 1) : nominative;
        return head.gender() == 'm' && !head.plural() && t.lower().startsWith(stem)
                && MASCULINE_PLURAL.contains(t.lower().substring(stem.length()));
    }

    /** True unless both are Cyrillic words with adjective endings of different cases. */
    static boolean same(Token a, Token b) {
        String x = a.isCyrillic() ? Morph.ruAdjectiveEnding(a.lower()) : null;
        String y = b.isCyrillic() ? Morph.ruAdjectiveEnding(b.lower()) : null;
        if (x == null || y == null) {
            return true;
        }
        x = HARD.getOrDefault(x, x);
        y = HARD.getOrDefault(y, y);
        return x.equals(y) || NOMINATIVE.contains(x) && NOMINATIVE.contains(y);
    }
}
