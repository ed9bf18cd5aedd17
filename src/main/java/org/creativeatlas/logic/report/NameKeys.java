package org.creativeatlas.logic.report;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.creativeatlas.logic.filter.NameCollator;

/**
 * Sorts names with {@link NameCollator} through collation keys made once per distinct text: collating names pair by
 * pair normalises each name again at every comparison, which dominated the time of a large report. Not thread-safe.
 */
final class NameKeys {

    private final Collator collator = NameCollator.collator();
    private final Map<String, CollationKey> keys = new HashMap<>();

    CollationKey key(String text) {
        return keys.computeIfAbsent(text == null ? "" : text, collator::getCollationKey);
    }

    <T> Comparator<T> by(Function<T, String> text) {
        return Comparator.comparing(t -> key(text.apply(t)));
    }
}
