package org.creativeatlas.ui;

import java.util.Map;
import org.creativeatlas.model.ActorType;

/** The icon of each actor type, the same wherever a type is shown. */
public final class TypeIcons {

    private static final Map<ActorType, String> ICONS = Map.of(
            ActorType.ORGANISATION, "mdi2o-office-building-outline", ActorType.PLATFORM, "mdi2l-laptop",
            ActorType.EVENT, "mdi2c-calendar-star", ActorType.PERSON, "mdi2a-account-multiple-outline");

    private TypeIcons() {
    }

    /** The Ikonli literal of the type's icon. */
    public static String of(ActorType type) {
        return ICONS.get(type);
    }
}
