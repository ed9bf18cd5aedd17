package org.creativeatlas.logic.filter;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.NameVariant;
import org.creativeatlas.store.Catalogue;

/** Reads every actor with its name variants into rows, grouped by type, in two queries. */
public final class CatalogueLoader {

    private CatalogueLoader() {
    }

    public static Map<ActorType, List<ActorRow>> load(Catalogue catalogue) {
        List<NameVariant> variants = catalogue.variants().allByActor();
        List<Actor> actors = catalogue.actors().all();
        // both lists are in actor order: each actor's variants are the next run of the variant list
        List<List<NameVariant>> variantsOf = new ArrayList<>(actors.size());
        int next = 0;
        for (Actor actor : actors) {
            while (next < variants.size() && variants.get(next).actorId() < actor.id()) {
                next++;
            }
            int first = next;
            while (next < variants.size() && variants.get(next).actorId() == actor.id()) {
                next++;
            }
            variantsOf.add(List.copyOf(variants.subList(first, next)));
        }
        // folding the search text is most of the work once the rows are read: spread it over the cores
        List<ActorRow> all = IntStream.range(0, actors.size()).parallel()
                .mapToObj(i -> ActorRow.of(actors.get(i), variantsOf.get(i)))
                .toList();
        Map<ActorType, List<ActorRow>> rows = new EnumMap<>(ActorType.class);
        for (ActorType type : ActorType.values()) {
            rows.put(type, new ArrayList<>());
        }
        all.forEach(row -> rows.get(row.actor().type()).add(row));
        return rows;
    }

    /** One actor's row as it is stored now, or null if it was deleted. */
    public static ActorRow reload(Catalogue catalogue, long actorId) {
        return catalogue.actors().byId(actorId)
                .map(a -> ActorRow.of(a, catalogue.variants().of(actorId)))
                .orElse(null);
    }
}
