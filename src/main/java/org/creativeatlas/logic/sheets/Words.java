package org.creativeatlas.logic.sheets;

import java.util.regex.Pattern;
import org.creativeatlas.model.TextFold;

/** Folds a header or a label for lookup: any case and script folded, punctuation as spaces, spaces collapsed. */
final class Words {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Words() {
    }

    static String key(String text) {
        return NOT_WORD.matcher(TextFold.fold(text)).replaceAll(" ").strip();
    }
}
