package org.creativeatlas.logic.imports;

import java.util.Objects;
import org.creativeatlas.model.Actor;

/**
 * What the reviewer decided for one proposal: accept it as a new actor (the draft, or an edited copy of it), merge it
 * into an existing actor, or reject it.
 */
public record Decision(Action action, Actor edited, long mergeInto) {

    /** The three answers of the review. */
    public enum Action { ACCEPT, MERGE, REJECT }

    public Decision {
        Objects.requireNonNull(action, "action");
    }

    /** Accept as new with the proposal's draft. */
    public static Decision accept() {
        return new Decision(Action.ACCEPT, null, 0);
    }

    /** Accept as new with the reviewer's edits. */
    public static Decision accept(Actor edited) {
        return new Decision(Action.ACCEPT, Objects.requireNonNull(edited, "edited"), 0);
    }

    public static Decision merge(long existingActorId) {
        return new Decision(Action.MERGE, null, existingActorId);
    }

    public static Decision reject() {
        return new Decision(Action.REJECT, null, 0);
    }
}
