package org.creativeatlas.logic.edit;

import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;

/**
 * An edit of one field that was not stored because a colleague changed the actor since this window showed it.
 * {@code theirs} is the actor as stored now (null if the colleague deleted it) at {@code theirsVersion}; the
 * researcher chooses field by field between it and their own row ({@link CatalogueEditor#resolve}).
 */
public final class EditConflict extends RuntimeException {

    private final transient Actor theirs;
    private final int theirsVersion;
    private final ActorField field;
    private final transient Object mine;
    private final String who;

    EditConflict(Actor theirs, int theirsVersion, ActorField field, Object mine, String who) {
        super("the actor was changed by " + who + " meanwhile", null, false, false);
        this.theirs = theirs;
        this.theirsVersion = theirsVersion;
        this.field = field;
        this.mine = mine;
        this.who = who;
    }

    /** The actor as stored now; null if it was deleted. */
    public Actor theirs() {
        return theirs;
    }

    public int theirsVersion() {
        return theirsVersion;
    }

    /** The field this researcher changed, and the value they gave it. */
    public ActorField field() {
        return field;
    }

    public Object mine() {
        return mine;
    }

    /** Who changed it (the colleague's role name on the server), or an empty text if not known. */
    public String who() {
        return who;
    }
}
