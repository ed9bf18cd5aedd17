package org.creativeatlas.logic.graph;

import java.util.ArrayList;
import java.util.List;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Link;
import org.creativeatlas.model.LinkType;

/** Small networks for tests, built by hand: actors 1…n, organisations unless said otherwise. */
final class Graphs {

    private final List<Actor> actors = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();

    static Graphs of(int organisations) {
        Graphs g = new Graphs();
        for (int i = 1; i <= organisations; i++) {
            g.actor(i, ActorType.ORGANISATION, "Org " + i, "KZ");
        }
        return g;
    }

    Graphs actor(long id, ActorType type, String name, String country) {
        actors.removeIf(a -> a.id() == id);
        actors.add(Actor.named(type, name).withId(id).with(ActorField.COUNTRY, country));
        return this;
    }

    Graphs country(long id, String country) {
        actors.replaceAll(a -> a.id() == id ? a.with(ActorField.COUNTRY, country) : a);
        return this;
    }

    Graphs link(long from, long to) {
        return link(LinkType.RELATION, from, to, "partner_of");
    }

    Graphs link(LinkType type, long from, long to, String role) {
        links.add(new Link(links.size() + 1, type, from, to, role, null, null, null));
        return this;
    }

    /** Links i–i+1 for consecutive ids in the list. */
    Graphs path(long... ids) {
        for (int i = 0; i + 1 < ids.length; i++) {
            link(ids[i], ids[i + 1]);
        }
        return this;
    }

    Graphs operator(long platform, long organisation) {
        actors.replaceAll(a -> a.id() == platform
                ? Actor.named(ActorType.PLATFORM, a.name()).withId(platform).with(ActorField.COUNTRY, a.country())
                        .with(ActorField.OPERATOR, organisation) : a);
        return this;
    }

    ActorGraph graph() {
        return ActorGraph.of(actors, links);
    }
}
