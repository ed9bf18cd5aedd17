package org.creativeatlas.logic.sheets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.creativeatlas.model.ActorField;

/**
 * The different texts of each code-list column of a sheet (country, kind, sectors, status, mode), how many rows
 * hold each, and what the import's own rules read it as, so a researcher can see every reading and correct those
 * the rules get wrong. Texts the rules cannot read come first, then the most frequent.
 */
public final class ColumnValues {

    /** One text of a column (stripped) and its reading: the field's value, or null when the rules cannot read it. */
    public record Text(String text, int rows, Object reading) {
        public boolean readable() {
            return reading != null;
        }
    }

    /** A code-list column: the first {@code limit} of its texts, and how many more there are. */
    public record Column(int column, String header, ActorField field, List<Text> texts, int more) {
    }

    private static final Comparator<Text> ORDER = Comparator.comparing(Text::readable)
            .thenComparing(Comparator.comparingInt(Text::rows).reversed());

    private ColumnValues() {
    }

    /** The code-list columns of the mapping, in sheet order, each with at most {@code limit} texts. */
    public static List<Column> of(SheetTable table, ColumnMapping mapping, int limit) {
        List<Column> out = new ArrayList<>();
        for (int c = 0; c < mapping.fields().size() && c < table.headers().size(); c++) {
            ActorField field = mapping.fields().get(c);
            if (field == null || !ValueCodes.FIELDS.contains(field)) {
                continue;
            }
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (int row = 0; row < table.size(); row++) {
                String text = table.cell(row, c);
                if (!text.isEmpty()) {
                    counts.merge(text, 1, Integer::sum);
                }
            }
            List<Text> texts = new ArrayList<>(counts.size());
            counts.forEach((text, rows) -> texts.add(
                    new Text(text, rows, ValueReader.read(mapping.type(), field, text).value())));
            texts.sort(ORDER);
            out.add(new Column(c, table.headers().get(c), field, List.copyOf(texts.subList(0,
                    Math.min(limit, texts.size()))), Math.max(0, texts.size() - limit)));
        }
        return out;
    }
}
