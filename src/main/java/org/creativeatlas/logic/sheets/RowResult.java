package org.creativeatlas.logic.sheets;

import java.util.List;
import org.creativeatlas.model.Actor;

/** One data row read as an actor not yet stored (id 0), with its problems; a row with problems is not imported. */
public record RowResult(int rowNumber, Actor draft, List<RowProblem> problems) {

    public boolean ok() {
        return problems.isEmpty();
    }
}
