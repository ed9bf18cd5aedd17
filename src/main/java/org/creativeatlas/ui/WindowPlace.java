package org.creativeatlas.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.creativeatlas.model.ActorType;

/**
 * Where the researcher is in the window: the open tab, the table tab shown last, and each table's selected row
 * and first visible row. The window is built anew for another language; this outlives it, so the new one opens
 * where the old one was. One per open catalogue.
 */
final class WindowPlace {

    /**
     * A table's selected actor (or -1), the index of its first visible row, and its sort: column ids in order, each
     * with whether it runs descending (empty: the table's own order).
     */
    record TablePlace(long selectedId, int firstRow, List<SortKey> sort) {
    }

    record SortKey(String columnId, boolean descending) {
    }

    private String tabId;
    private ActorType tableType = ActorType.ORGANISATION;
    private final Map<ActorType, TablePlace> tables = new EnumMap<>(ActorType.class);

    /** The id of the open tab, or null before the window was first left. */
    String tabId() {
        return tabId;
    }

    ActorType tableType() {
        return tableType;
    }

    TablePlace table(ActorType type) {
        return tables.getOrDefault(type, new TablePlace(-1, 0, List.of()));
    }

    void remember(String openTab, ActorType lastTable, Map<ActorType, TablePlace> places) {
        tabId = openTab;
        tableType = lastTable;
        tables.clear();
        tables.putAll(places);
    }
}
