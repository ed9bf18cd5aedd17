package org.creativeatlas.logic.sheets;

import java.util.List;

/**
 * The columns of a relationship sheet (one affiliation per row: person, organisation, role, from, to), by
 * position; {@code -1} when the sheet has no such column. Person and organisation are required.
 */
public record LinkColumns(int person, int organisation, int role, int from, int to) {

    /** The column parts in order, as remembered and as mapping files name them. */
    public static final List<String> PARTS = List.of("person", "organisation", "role", "from", "to");

    public boolean complete() {
        return person >= 0 && organisation >= 0;
    }

    /** The part name by column, null where a column is left out. */
    public List<String> codes(int columns) {
        String[] out = new String[columns];
        int[] at = {person, organisation, role, from, to};
        for (int i = 0; i < at.length; i++) {
            if (at[i] >= 0 && at[i] < columns) {
                out[at[i]] = PARTS.get(i);
            }
        }
        return java.util.Arrays.asList(out);
    }

    public static LinkColumns of(List<String> codes) {
        int[] at = {-1, -1, -1, -1, -1};
        for (int c = 0; c < codes.size(); c++) {
            int part = codes.get(c) == null ? -1 : PARTS.indexOf(codes.get(c));
            if (codes.get(c) != null && part < 0) {
                throw new SheetException("Unknown column \"" + codes.get(c) + "\" in the relationship mapping; use "
                        + String.join(", ", PARTS) + ".");
            }
            if (part >= 0) {
                at[part] = c;
            }
        }
        return new LinkColumns(at[0], at[1], at[2], at[3], at[4]);
    }
}
