package org.creativeatlas.logic;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.store.Catalogue;

/** Counts of a catalogue: actors by type and by country, links, sources. */
public record CatalogueStats(Map<ActorType, Integer> byType, Map<String, Map<ActorType, Integer>> byCountry,
                             long links, long sources) {

    /** Key used in {@link #byCountry} for actors with no country. */
    public static final String NO_COUNTRY = "--";

    public static CatalogueStats of(Catalogue catalogue) {
        return of(catalogue, a -> true);
    }

    /** The counts of the actors {@code keep} keeps; links and sources are the whole catalogue's. */
    public static CatalogueStats of(Catalogue catalogue, Predicate<Actor> keep) {
        Map<ActorType, Integer> byType = new EnumMap<>(ActorType.class);
        for (ActorType t : ActorType.values()) {
            byType.put(t, 0);
        }
        Map<String, Map<ActorType, Integer>> byCountry = new TreeMap<>();
        for (Actor a : catalogue.actors().all()) {
            if (!keep.test(a)) {
                continue;
            }
            byType.merge(a.type(), 1, Integer::sum);
            String country = a.country() == null ? NO_COUNTRY : a.country();
            byCountry.computeIfAbsent(country, c -> new EnumMap<>(ActorType.class)).merge(a.type(), 1, Integer::sum);
        }
        return new CatalogueStats(byType, byCountry, catalogue.links().count(), catalogue.sources().count());
    }

    public int total() {
        return byType.values().stream().mapToInt(Integer::intValue).sum();
    }
}
