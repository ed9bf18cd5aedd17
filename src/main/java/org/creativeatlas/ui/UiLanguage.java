package org.creativeatlas.ui;

import java.util.Arrays;
import java.util.Locale;
import org.creativeatlas.logic.Messages;

/** The languages of the window. English is the base bundle (Locale.ROOT), so a Russian system never leaks into it. */
public enum UiLanguage {
    EN("en", Locale.ROOT, "English"),
    RU("ru", Locale.forLanguageTag("ru"), "Русский"),
    KK("kk", Locale.forLanguageTag("kk"), "Қазақша");

    private final String code;
    private final Locale locale;
    private final String nativeName;

    UiLanguage(String code, Locale locale, String nativeName) {
        this.code = code;
        this.locale = locale;
        this.nativeName = nativeName;
    }

    public String code() {
        return code;
    }

    /** The language's own name, shown as such in every language so people find theirs. */
    public String nativeName() {
        return nativeName;
    }

    /**
     * How dates are written in this language: Russian and Kazakh their own way, weeks from Monday (a language
     * without a region starts them on Sunday); English as the system does.
     */
    public Locale formatLocale(Locale system) {
        return switch (this) {
            case EN -> system;
            case RU -> Locale.forLanguageTag("ru-RU");
            case KK -> Locale.forLanguageTag("kk-KZ");
        };
    }

    public Messages messages() {
        return new Messages(locale);
    }

    public static UiLanguage of(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst().orElse(EN);
    }

    /** The system's language if the window speaks it, else English. */
    public static UiLanguage ofSystem() {
        return of(Locale.getDefault().getLanguage());
    }
}
