package org.creativeatlas.logic.edit;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;

/**
 * How to merge two actors of one type: {@code survivorId} stays, {@code loserId} goes, and the fields in
 * {@code fromLoser} take the loser's value (every other field keeps the survivor's).
 */
public record MergePlan(long survivorId, long loserId, Set<ActorField> fromLoser) {

    public MergePlan {
        if (survivorId == loserId) {
            throw new IllegalArgumentException("an actor cannot be merged into itself: " + survivorId);
        }
        fromLoser = fromLoser.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(fromLoser));
    }

    /** The usual choice: the survivor's values, with the loser's filling the survivor's empty fields. */
    public static MergePlan fillingGaps(Actor survivor, Actor loser) {
        Set<ActorField> fromLoser = EnumSet.noneOf(ActorField.class);
        for (ActorField field : differingFields(survivor, loser)) {
            if (isEmpty(survivor.get(field))) {
                fromLoser.add(field);
            }
        }
        return new MergePlan(survivor.id(), loser.id(), fromLoser);
    }

    /** The fields of the type whose values differ: those a side-by-side view asks about. */
    public static Set<ActorField> differingFields(Actor a, Actor b) {
        Set<ActorField> out = EnumSet.noneOf(ActorField.class);
        for (ActorField field : a.type().fields()) {
            if (!Objects.equals(a.get(field), b.get(field))) {
                out.add(field);
            }
        }
        return out;
    }

    /** The survivor as the merge leaves it. */
    public Actor merged(Actor survivor, Actor loser) {
        Actor out = survivor;
        for (ActorField field : fromLoser) {
            out = out.with(field, loser.get(field));
        }
        return out;
    }

    private static boolean isEmpty(Object value) {
        return value == null || value instanceof Set<?> set && set.isEmpty();
    }
}
