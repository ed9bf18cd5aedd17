package org.creativeatlas.logic.edit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.IdRange;
import org.creativeatlas.model.Link;
import org.creativeatlas.store.Catalogue;

/**
 * The rows one spreadsheet import stored, by id range: undone by deleting them (the actors' links go with them),
 * redone by storing them again with their ids. The rows are read when the import is undone, not when it is made,
 * so a 100 000-row import costs the history nothing until then; by that time every later step has been undone, so
 * the catalogue holds the rows as the import left them.
 */
final class ImportChange implements Change {

    private final IdRange actors;
    private final IdRange links;
    private List<Actor> removedActors = List.of();
    private List<Link> removedLinks = List.of();

    ImportChange(IdRange actors, IdRange links) {
        this.actors = actors;
        this.links = links;
    }

    @Override
    public Set<Long> apply(Catalogue catalogue) {
        catalogue.actors().insertAllWithIds(removedActors);
        catalogue.links().insertAllWithIds(removedLinks);
        return touched();
    }

    @Override
    public Set<Long> revert(Catalogue catalogue) {
        removedActors = actors.isEmpty() ? List.of() : catalogue.actors().inRange(actors);
        removedLinks = links.isEmpty() ? List.of() : catalogue.links().inRange(links);
        if (!links.isEmpty()) {
            catalogue.links().deleteRange(links);
        }
        if (!actors.isEmpty()) {
            catalogue.actors().deleteRange(actors);
        }
        return touched();
    }

    /** The imported actors and those the imported links join. */
    private Set<Long> touched() {
        Set<Long> ids = new HashSet<>();
        removedActors.forEach(a -> ids.add(a.id()));
        removedLinks.forEach(l -> {
            ids.add(l.fromId());
            ids.add(l.toId());
        });
        return ids;
    }
}
