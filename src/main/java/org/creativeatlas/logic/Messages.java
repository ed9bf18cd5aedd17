package org.creativeatlas.logic;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.creativeatlas.model.Coded;
import org.creativeatlas.model.Problem;

/** The user-visible strings of one language, from the {@code messages} bundles (en, ru, kk). */
public final class Messages {

    public static final String BUNDLE = "org.creativeatlas.i18n.messages";

    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.bundle = bundleFor(locale);
    }

    /**
     * The bundle of a language without the JDK's fallback to the system's language: English is the base bundle, so
     * on a Russian system an English request must not land in the Russian one.
     */
    public static ResourceBundle bundleFor(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    /** The problem in this language; an argument that is itself a problem (a file's reason) is said in it too. */
    public String problem(Problem problem) {
        return get(problem.key(), problem.args().stream().map(a -> a instanceof Problem p ? problem(p) : a).toArray());
    }

    /** The problem in English, as the command line and the log say it. */
    public static String english(Problem problem) {
        return new Messages(Locale.ROOT).problem(problem);
    }

    /** The label of a code from a code list, e.g. {@code label("status", Status.ACTIVE)} → "active". */
    public String label(String list, Coded value) {
        return value == null ? "" : get(list + "." + value.code());
    }

    public String label(String list, String code) {
        return code == null ? "" : get(list + "." + code);
    }
}
