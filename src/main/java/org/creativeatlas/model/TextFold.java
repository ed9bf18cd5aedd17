package org.creativeatlas.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text for case-insensitive search in any script: Unicode lower case (SQLite's NOCASE folds ASCII only),
 * NFKC so composed and decomposed letters meet, and ё → е as Russian readers expect.
 */
public final class TextFold {

    private TextFold() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String lower = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return lower.indexOf('ё') < 0 ? lower : lower.replace('ё', 'е');
    }
}
