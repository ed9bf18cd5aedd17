package org.creativeatlas.logic.graph;

import java.util.Set;
import org.creativeatlas.logic.filter.ActorRow;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Sector;

/** An actor as a node of the network; it keeps the table row so the main window's filter applies as it is. */
public record GraphNode(ActorRow row) {

    public long id() {
        return row.id();
    }

    public Actor actor() {
        return row.actor();
    }

    public ActorType type() {
        return row.actor().type();
    }

    public String name() {
        return row.actor().name();
    }

    public String kind() {
        return row.actor().kind();
    }

    public String country() {
        return row.actor().country();
    }

    public String city() {
        return row.actor().city();
    }

    public Set<Sector> sectors() {
        return row.actor().sectors();
    }
}
