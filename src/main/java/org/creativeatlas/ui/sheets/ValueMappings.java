package org.creativeatlas.ui.sheets;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.creativeatlas.logic.sheets.ColumnMapping;
import org.creativeatlas.logic.sheets.RowResult;
import org.creativeatlas.logic.sheets.SheetImport;
import org.creativeatlas.logic.sheets.SheetTable;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.ui.table.FieldFormat;

/**
 * How the values of code-list columns (country, kind, sectors, status, mode) will be read: each different text of
 * such a column, up to {@value #PER_COLUMN}, with what it becomes, read by the import's own rules (one row per text
 * through the import preview), so what is shown is what will be stored.
 */
final class ValueMappings {

    static final int PER_COLUMN = 12;
    private static final Set<ActorField> CODED = Set.of(ActorField.KIND, ActorField.COUNTRY, ActorField.SECTORS,
            ActorField.STATUS, ActorField.MODE);

    private ValueMappings() {
    }

    static List<String> lines(SheetTable table, ColumnMapping mapping, FieldFormat format) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < mapping.fields().size(); c++) {
            ActorField field = mapping.fields().get(c);
            if (field == null || !CODED.contains(field)) {
                continue;
            }
            Set<String> texts = new LinkedHashSet<>();
            for (int row = 0; row < table.size() && texts.size() < PER_COLUMN; row++) {
                String text = table.cell(row, c);
                if (!text.isEmpty()) {
                    texts.add(text);
                }
            }
            List<String> distinct = List.copyOf(texts);
            SheetTable one = SheetTable.of(List.of(table.headers().get(c)), distinct.stream().map(List::of).toList());
            List<RowResult> read = SheetImport.preview(one, new ColumnMapping(mapping.type(), List.of(field)))
                    .firstRows();
            for (int i = 0; i < read.size(); i++) {
                // the row as a whole has no name here: only the cell's own problem matters
                boolean bad = read.get(i).problems().stream().anyMatch(p -> p.column() != null);
                String label = bad ? format.messages().get("sheet.values.unknown")
                        : format.display(field, read.get(i).draft().get(field));
                out.add(table.headers().get(c) + ":  " + distinct.get(i) + "  →  " + label);
            }
        }
        return out;
    }
}
