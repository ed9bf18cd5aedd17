package org.creativeatlas.logic.sheets;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The problems of a whole sheet in a form one screen or one message can show: how many rows are bad, how often each
 * kind of problem occurs, and the first {@value #EXAMPLES} problems in full, however many thousand rows are bad.
 */
public record ProblemSummary(int rows, int badRows, Map<String, Integer> countsByKey, List<RowProblem> examples) {

    public static final int EXAMPLES = 20;

    public boolean isClean() {
        return badRows == 0;
    }

    /** Collects problems row by row. */
    static final class Builder {
        private final Map<String, Integer> counts = new TreeMap<>();
        private final List<RowProblem> examples = new ArrayList<>();
        private int rows;
        private int badRows;

        void row(List<RowProblem> problems) {
            rows++;
            if (problems.isEmpty()) {
                return;
            }
            badRows++;
            for (RowProblem p : problems) {
                counts.merge(p.problem().key(), 1, Integer::sum);
                if (examples.size() < EXAMPLES) {
                    examples.add(p);
                }
            }
        }

        ProblemSummary build() {
            return new ProblemSummary(rows, badRows, Collections.unmodifiableMap(new TreeMap<>(counts)),
                    List.copyOf(examples));
        }
    }
}
