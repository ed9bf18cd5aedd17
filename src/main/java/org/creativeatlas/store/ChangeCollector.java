package org.creativeatlas.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;

/**
 * Gathers what colleagues changed from notifications and change log rows into one {@link ChangeFeed.Changes}. A
 * notification names the table a statement changed ({@code t}, absent for actor tables) and the actors
 * ({@code a}) or setting keys ({@code k}) it touched, unless there were too many: then the log is read instead.
 */
final class ChangeCollector {

    private final Set<Long> actors = new HashSet<>();
    private final Set<String> settings = new HashSet<>();
    private boolean sources;
    private boolean dismissedPairs;
    private boolean reload;

    /** Takes in one notification's payload; false if it names no rows, so the change log must be read. */
    boolean addNotification(JsonNode payload) {
        String table = payload.path("t").asText("");
        JsonNode ids = payload.path(table.equals("setting") ? "k" : "a");
        if (table.isEmpty() || table.equals("setting")) {
            if (!ids.isArray()) {
                return false;
            }
            ids.forEach(id -> {
                if (table.isEmpty()) {
                    actors.add(id.asLong());
                } else {
                    settings.add(id.asText());
                }
            });
            return true;
        }
        addRow(table, null);
        return true;
    }

    void addActor(long id) {
        actors.add(id);
    }

    /** A change log row of a table that is not about one actor: a setting (its key), a source, a dismissed pair. */
    void addRow(String table, String item) {
        switch (table) {
            case "setting" -> settings.add(item);
            case "source" -> sources = true;
            case "dismissed_pair" -> dismissedPairs = true;
            default -> {
                // a table a newer version logs: nothing this window shows
            }
        }
    }

    /** The log no longer reaches back to this client's mark: rows it needed were pruned. */
    void reloadAll() {
        reload = true;
    }

    void addAll(ChangeFeed.Changes changes) {
        actors.addAll(changes.actors());
        settings.addAll(changes.settings());
        sources |= changes.sources();
        dismissedPairs |= changes.dismissedPairs();
        reload |= changes.reload();
    }

    ChangeFeed.Changes changes() {
        return new ChangeFeed.Changes(actors, settings, sources, dismissedPairs, reload);
    }
}
