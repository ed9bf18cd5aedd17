package org.creativeatlas.logic.edit;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Coded;
import org.creativeatlas.model.Link;
import org.creativeatlas.model.LinkType;
import org.creativeatlas.model.ParticipationRole;
import org.creativeatlas.model.RelationKind;

/**
 * Which link joins two actors and which way it points: a person works at an organisation (affiliation), a person
 * or organisation takes part in an event (participation), an organisation relates to another (relation).
 */
public final class LinkRules {

    private LinkRules() {
    }

    /** The link type that can join {@code a} and {@code b} (in either direction), if any. */
    public static Optional<LinkType> between(ActorType a, ActorType b) {
        if (is(a, b, ActorType.PERSON, ActorType.ORGANISATION)) {
            return Optional.of(LinkType.AFFILIATION);
        }
        if (is(a, b, ActorType.EVENT, ActorType.PERSON) || is(a, b, ActorType.EVENT, ActorType.ORGANISATION)) {
            return Optional.of(LinkType.PARTICIPATION);
        }
        if (a == ActorType.ORGANISATION && b == ActorType.ORGANISATION) {
            return Optional.of(LinkType.RELATION);
        }
        return Optional.empty();
    }

    /** The actor types {@code type} can be linked to. */
    public static List<ActorType> partnersOf(ActorType type) {
        return Arrays.stream(ActorType.values()).filter(t -> between(type, t).isPresent()).toList();
    }

    /**
     * The link from {@code self} to {@code other} with its ends the right way round (the person, the participant,
     * and for relations {@code self} come first); empty if the two cannot be linked.
     */
    public static Optional<Link> orient(Actor self, Actor other, String role) {
        return between(self.type(), other.type()).map(type -> {
            boolean selfFirst = switch (type) {
                case AFFILIATION -> self.type() == ActorType.PERSON;
                case PARTICIPATION -> other.type() == ActorType.EVENT;
                case RELATION -> true;
            };
            return selfFirst ? Link.of(type, self.id(), other.id(), role) : Link.of(type, other.id(), self.id(), role);
        });
    }

    /** The role codes a link type offers; empty when the role is free text (affiliation). */
    public static List<String> roles(LinkType type) {
        return switch (type) {
            case AFFILIATION -> List.of();
            case PARTICIPATION -> Arrays.stream(ParticipationRole.values()).map(Coded::code).toList();
            case RELATION -> Arrays.stream(RelationKind.values()).map(Coded::code).toList();
        };
    }

    private static boolean is(ActorType a, ActorType b, ActorType x, ActorType y) {
        return (a == x && b == y) || (a == y && b == x);
    }
}
