package org.creativeatlas.store;

import org.creativeatlas.model.Actor;

/** An actor as stored now, with the version it is stored at, read in one query. */
public record StoredActor(Actor actor, int version) {
}
