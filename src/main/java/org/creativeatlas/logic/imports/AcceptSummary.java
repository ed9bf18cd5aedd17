package org.creativeatlas.logic.imports;

import static org.creativeatlas.logic.English.count;

import java.util.Set;
import org.creativeatlas.logic.edit.AddedRows;

/**
 * What accepting a reviewed document stored: the source's id (and whether it was already there), how many
 * proposals became new actors, were merged or rejected, the links and mentions added, and the ids of every actor
 * created or merged into, so views can refresh those rows; {@code added} holds the rows stored, for undo.
 */
public record AcceptSummary(long sourceId, boolean sourceReused, int created, int merged, int rejected, int links,
                            int mentions, Set<Long> actorIds, AddedRows added) {

    public AcceptSummary {
        actorIds = Set.copyOf(actorIds);
    }

    /** One line for an import summary. */
    public String line() {
        return String.format("%d created, %d merged, %d rejected, %s, %s%s", created, merged, rejected,
                count(links, "link"), count(mentions, "mention"),
                sourceReused ? " (document already in the catalogue)" : "");
    }
}
