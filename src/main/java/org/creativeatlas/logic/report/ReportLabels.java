package org.creativeatlas.logic.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.model.Coded;
import org.creativeatlas.model.Countries;

/** The report's own words in its language: labels from the bundles, country names, dates. */
final class ReportLabels {

    private final String language;
    private final Locale locale;
    private final Messages messages;

    ReportLabels(String language) {
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
        this.messages = new Messages(locale);
    }

    String language() {
        return language;
    }

    String get(String key, Object... args) {
        return messages.get(key, args);
    }

    String label(String list, Coded value) {
        return messages.label(list, value);
    }

    /** The label of a code, or the code itself if it is not in the code list (data entered elsewhere). */
    String label(String list, String code) {
        if (code == null) {
            return "";
        }
        String label = messages.label(list, code);
        return label.equals(list + "." + code) ? code : label;
    }

    /** The country's name in the report's language; null means the actor has no country. */
    String country(String code) {
        if (code == null) {
            return get("report.country.none");
        }
        return Countries.byCode(code).map(c -> c.name(language)).orElse(code);
    }

    String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }
}
