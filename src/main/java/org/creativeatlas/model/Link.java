package org.creativeatlas.model;

import java.util.Objects;

/**
 * A link between two actors. {@code role} is free text for an affiliation ("Director"), a
 * {@link ParticipationRole} code for a participation and a {@link RelationKind} code for a relation.
 * Dates are ISO ({@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}) or null.
 */
public record Link(long id, LinkType type, long fromId, long toId, String role, String start, String end,
                   String note) {

    public Link {
        Objects.requireNonNull(type, "type");
    }

    public static Link of(LinkType type, long fromId, long toId, String role) {
        return new Link(0, type, fromId, toId, role, null, null, null);
    }

    public Link withId(long newId) {
        return new Link(newId, type, fromId, toId, role, start, end, note);
    }

    /** The actor at the other end, seen from {@code actorId}. */
    public long otherEnd(long actorId) {
        return fromId == actorId ? toId : fromId;
    }
}
