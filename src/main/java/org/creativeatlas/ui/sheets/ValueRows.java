package org.creativeatlas.ui.sheets;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleObjectProperty;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.logic.sheets.ColumnValues;
import org.creativeatlas.logic.sheets.ValueCodes;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.ui.table.FieldFormat;
import org.creativeatlas.ui.table.FieldFormat.Choice;

/**
 * The value table's rows for a sheet's code-list columns, each offering the rules' own reading, "leave empty" and
 * every code of its field, labelled in the window's language; and a note of the texts left out of the table.
 */
final class ValueRows {

    /** Texts listed per column; unreadable ones come first, so those beyond are read and the most rare. */
    static final int PER_COLUMN = 50;

    private final FieldFormat format;
    private final Messages messages;

    ValueRows(FieldFormat format) {
        this.format = format;
        this.messages = format.messages();
    }

    /** One row per listed text, with the code already chosen for it (by column, then text) where there is one. */
    List<ValueRow> rows(ActorType type, List<ColumnValues.Column> columns, Map<Integer, Map<String, String>> chosen) {
        Map<ActorField, List<Choice>> codes = new EnumMap<>(ActorField.class);
        List<ValueRow> out = new ArrayList<>();
        for (ColumnValues.Column column : columns) {
            List<Choice> common = codes.computeIfAbsent(column.field(), f -> common(type, f));
            for (ColumnValues.Text text : column.texts()) {
                List<Choice> choices = new ArrayList<>(common.size() + 1);
                choices.add(new Choice(null, text.readable() ? messages.get("sheet.values.as_read",
                        format.display(column.field(), text.reading())) : messages.get("sheet.values.unknown")));
                choices.addAll(common);
                out.add(new ValueRow(column.column(), column.header(), text.text(), text.rows(), text.readable(),
                        choices, new SimpleObjectProperty<>(chosen.getOrDefault(column.column(), Map.of())
                        .get(text.text()))));
            }
        }
        return out;
    }

    /** Which columns have more texts than the table lists, and how many more; empty when none has. */
    String note(List<ColumnValues.Column> columns) {
        return columns.stream().filter(c -> c.more() > 0)
                .map(c -> messages.get("sheet.values.more", c.header(), c.more()))
                .collect(Collectors.joining("  "));
    }

    private List<Choice> common(ActorType type, ActorField field) {
        List<Choice> out = new ArrayList<>();
        out.add(new Choice("", messages.get("sheet.values.empty")));
        ValueCodes.of(type, field).forEach((code, value) -> out.add(new Choice(code, format.display(field, value))));
        return out;
    }
}
