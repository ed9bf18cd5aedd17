package org.creativeatlas.logic.draw;

import org.creativeatlas.model.ActorType;

/** One colour per actor type (a CSS hex string), so the network, the map and the timeline agree. */
public final class TypeColours {

    private TypeColours() {
    }

    public static String of(ActorType type) {
        return switch (type) {
            case ORGANISATION -> "#2f6fb3";
            case PLATFORM -> "#7e57c2";
            case EVENT -> "#ef8a17";
            case PERSON -> "#52606d";
        };
    }
}
