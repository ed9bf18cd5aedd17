package org.creativeatlas.logic.map;

import java.util.Set;
import org.creativeatlas.logic.geo.RegionOutlines;

/**
 * What a map shows: the outlines, the counts, the words, which place is selected and which is under the pointer
 * (-1: none), whether the legend and notes are drawn, and the countries in focus (empty: all): other countries are
 * drawn plain and without markers, as in a country's section of the report.
 */
public record MapScene(RegionOutlines outlines, MapCounts counts, MapLabels labels, long selectedPlace,
                       long hoveredPlace, boolean legend, Set<String> focus) {

    public MapScene {
        focus = Set.copyOf(focus);
    }

    public static MapScene of(MapCounts counts, MapLabels labels) {
        return new MapScene(RegionOutlines.standard(), counts, labels, -1, -1, true, Set.of());
    }

    public MapScene withCounts(MapCounts newCounts) {
        return new MapScene(outlines, newCounts, labels, selectedPlace, hoveredPlace, legend, focus);
    }

    public MapScene withHighlight(long selected, long hovered) {
        return new MapScene(outlines, counts, labels, selected, hovered, legend, focus);
    }

    public MapScene withFocus(Set<String> countries, boolean withLegend) {
        return new MapScene(outlines, counts, labels, selectedPlace, hoveredPlace, withLegend, countries);
    }

    public boolean inFocus(String country) {
        return focus.isEmpty() || focus.contains(country);
    }
}
