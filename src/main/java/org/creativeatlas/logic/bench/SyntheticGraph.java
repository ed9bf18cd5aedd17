package org.creativeatlas.logic.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.creativeatlas.logic.bench.SyntheticPlaces.Place;
import org.creativeatlas.logic.graph.ActorGraph;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Link;
import org.creativeatlas.model.LinkType;

/**
 * A synthetic network the size the view must handle: 30 % organisations, 50 % people, 14 % events, 6 % platforms
 * each run by an organisation, and links until the edge count is reached: affiliations, participations and
 * relations whose targets are drawn in proportion to the links they already have, so hubs emerge as in a real
 * sector. The same arguments always give the same network.
 */
public final class SyntheticGraph {

    public static final int ACTORS = 5_000;
    public static final int EDGES = 20_000;

    private final Random random;
    private final List<Actor> actors = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    /** One entry per link end an actor has, plus one: drawing from it favours the well-linked. */
    private final List<Long> organisations = new ArrayList<>();
    private final List<Long> events = new ArrayList<>();
    private final List<Long> people = new ArrayList<>();

    private SyntheticGraph(long seed) {
        this.random = new Random(seed);
    }

    public static ActorGraph build(int actorCount, int edgeCount, long seed) {
        return new SyntheticGraph(seed).make(actorCount, edgeCount);
    }

    private ActorGraph make(int actorCount, int edgeCount) {
        SyntheticPlaces places = new SyntheticPlaces(random);
        int platforms = 0;
        for (long id = 1; id <= actorCount; id++) {
            int r = random.nextInt(100);
            ActorType type = r < 30 || organisations.isEmpty() ? ActorType.ORGANISATION
                    : r < 80 ? ActorType.PERSON : r < 94 ? ActorType.EVENT : ActorType.PLATFORM;
            Place place = places.next();
            Actor actor = Actor.named(type, type.code() + " " + id).withId(id)
                    .with(ActorField.COUNTRY, place.country()).with(ActorField.CITY, place.city());
            if (type == ActorType.PLATFORM) {
                actor = actor.with(ActorField.OPERATOR, pick(organisations));
                platforms++;
            }
            actors.add(actor);
            (type == ActorType.ORGANISATION ? organisations : type == ActorType.EVENT ? events
                    : type == ActorType.PERSON ? people : new ArrayList<Long>()).add(id);
        }
        while (links.size() + platforms < edgeCount) {
            int r = random.nextInt(100);
            if (r < 45 && !people.isEmpty()) {
                link(LinkType.AFFILIATION, pick(people), organisations, "Researcher");
            } else if (r < 85 && !events.isEmpty()) {
                link(LinkType.PARTICIPATION, pick(r < 70 || people.isEmpty() ? organisations : people), events,
                        "participant");
            } else {
                link(LinkType.RELATION, pick(organisations), organisations, "partner_of");
            }
        }
        return ActorGraph.of(actors, links);
    }

    private void link(LinkType type, long from, List<Long> targets, String role) {
        long to = pick(targets);
        if (from != to && seen.add(from + " " + to)) {
            links.add(new Link(links.size() + 1, type, from, to, role, null, null, null));
            targets.add(to);
        }
    }

    private long pick(List<Long> ids) {
        return ids.get(random.nextInt(ids.size()));
    }
}
