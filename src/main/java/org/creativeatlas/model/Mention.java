package org.creativeatlas.model;

/** The passage of a source that names an actor. */
public record Mention(long id, long actorId, long sourceId, String passage) {

    public Mention withId(long newId) {
        return new Mention(newId, actorId, sourceId, passage);
    }
}
