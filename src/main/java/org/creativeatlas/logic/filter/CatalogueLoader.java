package org.creativeatlas.logic.filter;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.NameVariant;
import org.creativeatlas.store.Catalogue;

/** Reads every actor with its name variants into rows, grouped by type, in two queries. */
public final class CatalogueLoader {

    private CatalogueLoader() {
    }

    public static Map<ActorType, List<ActorRow>> load(Catalogue catalogue) {
        Map<Long, List<NameVariant>> variants = new HashMap<>();
        for (NameVariant v : catalogue.variants().all()) {
            variants.computeIfAbsent(v.actorId(), id -> new ArrayList<>(2)).add(v);
        }
        Map<ActorType, List<ActorRow>> rows = new EnumMap<>(ActorType.class);
        for (ActorType type : ActorType.values()) {
            rows.put(type, new ArrayList<>());
        }
        for (Actor actor : catalogue.actors().all()) {
            rows.get(actor.type()).add(ActorRow.of(actor, variants.getOrDefault(actor.id(), List.of())));
        }
        return rows;
    }

    /** One actor's row as it is stored now, or null if it was deleted. */
    public static ActorRow reload(Catalogue catalogue, long actorId) {
        return catalogue.actors().byId(actorId)
                .map(a -> ActorRow.of(a, catalogue.variants().of(actorId)))
                .orElse(null);
    }
}
