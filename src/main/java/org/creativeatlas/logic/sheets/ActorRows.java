package org.creativeatlas.logic.sheets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.creativeatlas.logic.edit.ActorValidator;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.Problem;

/** Reads the data rows of a sheet as actors through a {@link ColumnMapping}, each value checked as the editor would. */
final class ActorRows {

    private ActorRows() {
    }

    static RowResult read(SheetTable table, int row, ColumnMapping mapping) {
        List<RowProblem> problems = new ArrayList<>();
        int number = table.rowNumbers()[row];
        Actor actor = Actor.named(mapping.type(), null);
        List<ActorField> fields = mapping.fields();
        for (int c = 0; c < Math.min(fields.size(), table.headers().size()); c++) {
            ActorField field = fields.get(c);
            if (field == null) {
                continue;
            }
            ValueReader.Parsed parsed = ValueReader.read(mapping.type(), field, table.cell(row, c));
            if (parsed.problem() != null) {
                problems.add(new RowProblem(number, table.headers().get(c), parsed.problem()));
            } else {
                actor = actor.with(field, parsed.value());
            }
        }
        if (problems.isEmpty()) {
            Optional<Problem> whole = ActorValidator.checkAll(actor);
            whole.ifPresent(p -> problems.add(new RowProblem(number, null, p)));
        }
        return new RowResult(number, actor, List.copyOf(problems));
    }
}
