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
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
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

    public String problem(Problem problem) {
        return get(problem.key(), problem.args().toArray());
    }

    /** The label of a code from a code list, e.g. {@code label("status", Status.ACTIVE)} → "active". */
    public String label(String list, Coded value) {
        return value == null ? "" : get(list + "." + value.code());
    }

    public String label(String list, String code) {
        return code == null ? "" : get(list + "." + code);
    }
}
