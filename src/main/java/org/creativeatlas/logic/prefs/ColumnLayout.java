package org.creativeatlas.logic.prefs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The order and widths of one table's columns, by field code, as the researcher left them. Codes the table no
 * longer has are ignored, so a file from an older or newer version still applies.
 */
public record ColumnLayout(List<String> order, Map<String, Double> widths) {

    public static final ColumnLayout DEFAULT = new ColumnLayout(List.of(), Map.of());

    public ColumnLayout {
        order = order == null ? List.of() : List.copyOf(order);
        widths = widths == null ? Map.of() : Map.copyOf(widths);
    }

    /** The table's columns in the stored order; those it does not name follow in their default order. */
    public List<String> arrange(List<String> defaultOrder) {
        List<String> arranged = new ArrayList<>();
        for (String code : order) {
            if (defaultOrder.contains(code) && !arranged.contains(code)) {
                arranged.add(code);
            }
        }
        for (String code : defaultOrder) {
            if (!arranged.contains(code)) {
                arranged.add(code);
            }
        }
        return arranged;
    }

    public OptionalDouble width(String code) {
        Double width = widths.get(code);
        return width != null && width > 0 ? OptionalDouble.of(width) : OptionalDouble.empty();
    }
}
