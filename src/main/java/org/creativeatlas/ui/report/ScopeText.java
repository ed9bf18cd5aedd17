package org.creativeatlas.ui.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.logic.filter.ActorFilter;
import org.creativeatlas.logic.filter.NameCollator;
import org.creativeatlas.model.Countries;
import org.creativeatlas.ui.UiLanguage;

/** The main window's filter in words, one line per facet that narrows it, for the report window's scope. */
final class ScopeText {

    private ScopeText() {
    }

    static String of(ActorFilter filter, UiLanguage language) {
        Messages messages = language.messages();
        if (filter.isEmpty()) {
            return messages.get("report_window.scope.all");
        }
        List<String> lines = new ArrayList<>();
        add(lines, messages, "filter.countries", filter.countries(),
                c -> Countries.byCode(c).map(country -> country.name(language.code())).orElse(c));
        add(lines, messages, "filter.kinds", filter.kinds(), k -> messages.label("kind", k));
        add(lines, messages, "filter.sectors", filter.sectors(), s -> messages.label("sector", s));
        add(lines, messages, "filter.statuses", filter.statuses(), s -> messages.label("status", s));
        if (!filter.text().isEmpty()) {
            lines.add(messages.get("report_window.scope.text", filter.text()));
        }
        if (!filter.years().isAll()) {
            lines.add(messages.get("filter.years") + ": " + filter.years());
        }
        return String.join("\n", lines);
    }

    private static <T> void add(List<String> lines, Messages messages, String key, Collection<T> chosen,
                                Function<T, String> label) {
        if (!chosen.isEmpty()) {
            lines.add(messages.get(key) + ": "
                    + chosen.stream().map(label).sorted(NameCollator.collator()).collect(Collectors.joining(", ")));
        }
    }
}
