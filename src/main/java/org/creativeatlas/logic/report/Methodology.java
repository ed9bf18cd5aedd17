package org.creativeatlas.logic.report;

import java.util.Locale;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.store.Catalogue;

/**
 * The methodology note printed in every report: text the researcher edits, kept in the catalogue so it travels with
 * the file. Until it is edited (or when it is cleared), the report prints a default note in its own language.
 */
public final class Methodology {

    /** The catalogue setting that holds the edited note. */
    public static final String SETTING = "report.methodology";

    private Methodology() {
    }

    /** The edited note, or the default note of {@code language} (en, ru, kk) if there is none. */
    public static String of(Catalogue catalogue, String language) {
        return catalogue.settings().get(SETTING).filter(text -> !text.isBlank())
                .orElseGet(() -> defaultText(language));
    }

    /** Keeps the note in the catalogue; a blank text brings back the default note. */
    public static void save(Catalogue catalogue, String text) {
        catalogue.settings().put(SETTING, text == null ? "" : text.strip());
    }

    public static String defaultText(String language) {
        return new Messages(Locale.forLanguageTag(language)).get("report.methodology.default");
    }
}
