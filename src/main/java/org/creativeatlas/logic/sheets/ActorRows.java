package org.creativeatlas.logic.sheets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.creativeatlas.logic.edit.ActorValidator;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.Mode;
import org.creativeatlas.model.Sector;
import org.creativeatlas.model.Status;

/**
 * Reads the data rows of a sheet as actors through a {@link ColumnMapping}, each value checked as the editor would.
 * Values that repeat down a column (countries, kinds, sectors) are read once per sheet: reading a label folds and
 * normalises it, which would otherwise be most of a large import's time.
 */
final class ActorRows {

    private static final Set<ActorField> REPEATING = Set.of(ActorField.COUNTRY, ActorField.KIND, ActorField.SECTORS,
            ActorField.STATUS, ActorField.MODE, ActorField.CITY, ActorField.START_YEAR, ActorField.END_YEAR);

    private static final ActorField[] FIELDS = ActorField.values();

    private final ColumnMapping mapping;
    private final List<String> headers;
    private final List<Map<String, ValueReader.Parsed>> seen = new ArrayList<>();

    ActorRows(ColumnMapping mapping, List<String> headers) {
        this.mapping = mapping;
        this.headers = headers;
        mapping.fields().forEach(f -> seen.add(new HashMap<>()));
    }

    /** Reads one data row: its number in the file (for messages) and its cells as read, unstripped. */
    RowResult read(int number, List<String> cells) {
        List<RowProblem> problems = new ArrayList<>(0);
        Object[] values = new Object[FIELDS.length];
        List<ActorField> fields = mapping.fields();
        int columns = Math.min(fields.size(), headers.size());
        for (int c = 0; c < columns; c++) {
            ActorField field = fields.get(c);
            if (field == null) {
                continue;
            }
            ValueReader.Parsed parsed = parse(field, c, cell(cells, c));
            if (parsed.problem() != null) {
                problems.add(new RowProblem(number, headers.get(c), parsed.problem()));
            } else {
                values[field.ordinal()] = parsed.value();
            }
        }
        Actor actor = actor(values);
        for (int c = 0; c < columns && problems.isEmpty(); c++) {
            ActorField field = fields.get(c);
            if (field != null) {
                // unmapped fields are empty, which every check accepts: only the mapped ones need checking
                ActorValidator.check(actor, field, actor.get(field))
                        .ifPresent(p -> problems.add(new RowProblem(number, null, p)));
            }
        }
        if (!mapping.maps(ActorField.NAME) && problems.isEmpty()) {
            ActorValidator.check(actor, ActorField.NAME, null).ifPresent(p -> problems.add(new RowProblem(number, null, p)));
        }
        return new RowResult(number, actor, List.copyOf(problems));
    }

    private static String cell(List<String> cells, int column) {
        String text = column < cells.size() ? cells.get(column) : null;
        return text == null ? "" : text.strip();
    }

    /** The cell's value, read as the researcher chose by hand where they did, else by the import's rules. */
    private ValueReader.Parsed parse(ActorField field, int column, String text) {
        String chosen = mapping.chosen(column, text);
        String input = chosen != null ? chosen : text;
        if (!REPEATING.contains(field)) {
            return ValueReader.read(mapping.type(), field, input);
        }
        return seen.get(column).computeIfAbsent(text, t -> ValueReader.read(mapping.type(), field, input));
    }

    @SuppressWarnings("unchecked")
    private Actor actor(Object[] v) {
        return new Actor(0, mapping.type(), (String) v[ActorField.NAME.ordinal()], (String) v[ActorField.KIND.ordinal()],
                (String) v[ActorField.COUNTRY.ordinal()], (String) v[ActorField.CITY.ordinal()],
                (String) v[ActorField.WEBSITE.ordinal()], (Set<Sector>) v[ActorField.SECTORS.ordinal()],
                (Status) v[ActorField.STATUS.ordinal()], (Mode) v[ActorField.MODE.ordinal()], null,
                (String) v[ActorField.LANGUAGES.ordinal()], (Integer) v[ActorField.START_YEAR.ordinal()],
                (Integer) v[ActorField.END_YEAR.ordinal()], (String) v[ActorField.START_DATE.ordinal()],
                (String) v[ActorField.END_DATE.ordinal()], (String) v[ActorField.ROLE.ordinal()],
                (String) v[ActorField.DESCRIPTION.ordinal()], (String) v[ActorField.NOTES.ordinal()]);
    }
}
