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

    private final ColumnMapping mapping;
    private final List<Map<String, ValueReader.Parsed>> seen = new ArrayList<>();

    ActorRows(ColumnMapping mapping) {
        this.mapping = mapping;
        mapping.fields().forEach(f -> seen.add(new HashMap<>()));
    }

    RowResult read(SheetTable table, int row) {
        List<RowProblem> problems = new ArrayList<>(0);
        int number = table.rowNumbers()[row];
        Object[] values = new Object[ActorField.values().length];
        List<ActorField> fields = mapping.fields();
        int columns = Math.min(fields.size(), table.headers().size());
        for (int c = 0; c < columns; c++) {
            ActorField field = fields.get(c);
            if (field == null) {
                continue;
            }
            ValueReader.Parsed parsed = parse(field, c, table.cell(row, c));
            if (parsed.problem() != null) {
                problems.add(new RowProblem(number, table.headers().get(c), parsed.problem()));
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

    private ValueReader.Parsed parse(ActorField field, int column, String text) {
        if (!REPEATING.contains(field)) {
            return ValueReader.read(mapping.type(), field, text);
        }
        return seen.get(column).computeIfAbsent(text, t -> ValueReader.read(mapping.type(), field, t));
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
