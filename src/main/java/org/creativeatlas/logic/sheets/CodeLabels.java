package org.creativeatlas.logic.sheets;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.creativeatlas.logic.Messages;

/**
 * Reads a code list value written as its code or as its label in English, Russian or Kazakh (the app's own
 * labels, and each half of a label such as "University / college"): "Университет", "университет / колледж",
 * "university" and "University" all give {@code university}.
 */
final class CodeLabels {

    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"),
            Locale.forLanguageTag("kk"));
    private static final Map<String, String> BY_LABEL = load();

    private CodeLabels() {
    }

    /** The code of {@code list} ("kind", "sector", "status", "mode") the text names, if one of {@code codes}. */
    static Optional<String> code(String list, String text, List<String> codes) {
        String code = BY_LABEL.get(list + ":" + Words.key(text));
        return code != null && codes.contains(code) ? Optional.of(code) : Optional.empty();
    }

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        for (Locale locale : LANGUAGES) {
            ResourceBundle bundle = Messages.bundleFor(locale);
            for (String key : bundle.keySet()) {
                int dot = key.indexOf('.');
                String list = dot < 0 ? "" : key.substring(0, dot);
                if (!List.of("kind", "sector", "status", "mode").contains(list) || key.indexOf('.', dot + 1) >= 0) {
                    continue;
                }
                String code = key.substring(dot + 1);
                out.putIfAbsent(list + ":" + Words.key(code), code);
                String label = bundle.getString(key);
                out.putIfAbsent(list + ":" + Words.key(label), code);
                for (String part : label.split("/")) {
                    out.putIfAbsent(list + ":" + Words.key(part), code);
                }
            }
        }
        return Map.copyOf(out);
    }
}
