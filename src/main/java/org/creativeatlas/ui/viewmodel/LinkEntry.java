package org.creativeatlas.ui.viewmodel;

import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Link;
import org.creativeatlas.model.LinkType;

/** A link as the detail pane lists it, seen from the selected actor: its group, the actor at the other end. */
public record LinkEntry(Link link, Group group, ActorItem other) {

    /** The headings links are listed under; {@code key} is the resource-bundle key of the heading. */
    public enum Group {
        WORKS_AT("detail.links.works_at"),
        PEOPLE("detail.links.people"),
        TOOK_PART_IN("detail.links.took_part_in"),
        PARTICIPANTS("detail.links.participants"),
        RELATIONS("detail.links.relations");

        private final String key;

        Group(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    static LinkEntry of(Link link, long selfId, ActorType selfType, ActorItem other) {
        boolean outgoing = link.fromId() == selfId;
        Group group = switch (link.type()) {
            case AFFILIATION -> selfType == ActorType.PERSON ? Group.WORKS_AT : Group.PEOPLE;
            case PARTICIPATION -> outgoing ? Group.TOOK_PART_IN : Group.PARTICIPANTS;
            case RELATION -> Group.RELATIONS;
        };
        return new LinkEntry(link, group, other);
    }

    /** True when a relation points at the selected actor ("X is part of this"), so its label reads the other way. */
    public boolean inverse(long selfId) {
        return link.type() == LinkType.RELATION && link.toId() == selfId;
    }
}
