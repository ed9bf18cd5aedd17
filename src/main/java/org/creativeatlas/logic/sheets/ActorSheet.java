package org.creativeatlas.logic.sheets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.Coded;
import org.creativeatlas.model.Countries;
import org.creativeatlas.model.Sector;

/**
 * The rows and columns of a table as a sheet to export: the given actors in the given order, the given fields as
 * columns, headers and code values as labels in the messages' language (which the import reads back), countries by
 * name, a platform's operator by name.
 */
public final class ActorSheet {

    private ActorSheet() {
    }

    public static SheetTable of(List<Actor> actors, List<ActorField> columns, Messages messages,
                                Map<Long, String> operatorNames) {
        String lang = messages.bundle().getLocale().getLanguage();
        List<String> headers = columns.stream().map(f -> messages.get("field." + f.code())).toList();
        List<List<String>> rows = new ArrayList<>(actors.size());
        for (Actor actor : actors) {
            List<String> cells = new ArrayList<>(columns.size());
            for (ActorField field : columns) {
                cells.add(text(actor, field, messages, lang, operatorNames));
            }
            rows.add(cells);
        }
        return SheetTable.of(headers, rows);
    }

    @SuppressWarnings("unchecked")
    private static String text(Actor actor, ActorField field, Messages messages, String lang,
                               Map<Long, String> operatorNames) {
        Object value = actor.get(field);
        if (value == null) {
            return "";
        }
        return switch (field) {
            case KIND -> messages.label("kind", (String) value);
            case STATUS -> messages.label("status", (Coded) value);
            case MODE -> messages.label("mode", (Coded) value);
            case SECTORS -> ((Set<Sector>) value).stream().map(s -> messages.label("sector", s))
                    .collect(Collectors.joining("; "));
            case COUNTRY -> Countries.byCode((String) value).map(c -> c.name(lang)).orElse((String) value);
            case OPERATOR -> operatorNames.getOrDefault((Long) value, "");
            default -> String.valueOf(value);
        };
    }
}
