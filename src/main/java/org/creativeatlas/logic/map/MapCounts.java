package org.creativeatlas.logic.map;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.creativeatlas.logic.filter.ActorRow;
import org.creativeatlas.logic.geo.CityGazetteer;
import org.creativeatlas.logic.geo.Place;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorType;

/**
 * Where the shown actors are: per country (its shading), per place of the gazetteer (its marker), and what the map
 * cannot place. An actor's city is looked up in its country ("Алматы", "Almaty" and "Алма-Ата" are one place); an
 * actor with a known city but no country is put in the city's country. Actors with a country but no city the
 * gazetteer knows count for the country only; actors with neither are only counted.
 */
public final class MapCounts {

    public static final MapCounts EMPTY = new MapCounts();

    private final Map<String, int[]> byCountry = new LinkedHashMap<>();
    private final Map<Long, PlaceCount> byPlace = new HashMap<>();
    private final Map<String, Integer> withoutPlace = new HashMap<>();
    private List<PlaceCount> places = List.of();
    private int unknownCities;
    private int nowhere;
    private int total;

    private MapCounts() {
    }

    /** Counts the rows the filter keeps. */
    public static MapCounts of(Collection<ActorRow> rows, Predicate<ActorRow> filter, CityGazetteer gazetteer) {
        MapCounts counts = new MapCounts();
        Map<String, Map<String, Optional<Place>>> lookups = new HashMap<>();
        for (ActorRow row : rows) {
            if (filter.test(row)) {
                counts.add(row.actor(), lookups, gazetteer);
            }
        }
        return counts.sorted();
    }

    /** Counts every one of the actors (a report's, already chosen). */
    public static MapCounts ofActors(Collection<Actor> actors, CityGazetteer gazetteer) {
        MapCounts counts = new MapCounts();
        Map<String, Map<String, Optional<Place>>> lookups = new HashMap<>();
        actors.forEach(a -> counts.add(a, lookups, gazetteer));
        return counts.sorted();
    }

    private MapCounts sorted() {
        places = byPlace.values().stream()
                .sorted(Comparator.comparingInt(PlaceCount::total).reversed()
                        .thenComparing(p -> -p.place().role().rank()).thenComparing(p -> p.place().nameEn()))
                .toList();
        return this;
    }

    private void add(Actor actor, Map<String, Map<String, Optional<Place>>> lookups, CityGazetteer gazetteer) {
        total++;
        Optional<Place> place = Optional.empty();
        if (actor.city() != null && !actor.city().isBlank()) {
            // a catalogue repeats a few city spellings many times: each is looked up once per country
            place = lookups.computeIfAbsent(actor.country() == null ? "" : actor.country(), c -> new HashMap<>())
                    .computeIfAbsent(actor.city(), city -> gazetteer.find(city, actor.country()));
            if (place.isEmpty()) {
                unknownCities++;
            }
        }
        String country = actor.country() != null ? actor.country() : place.map(Place::country).orElse(null);
        if (country == null) {
            nowhere++;
            return;
        }
        byCountry.computeIfAbsent(country, c -> new int[ActorType.values().length])[actor.type().ordinal()]++;
        if (place.isPresent()) {
            Place at = place.get();
            byPlace.computeIfAbsent(at.id(), id -> new PlaceCount(at)).add(actor.type(), actor.id());
        } else {
            withoutPlace.merge(country, 1, Integer::sum);
        }
    }

    /** Every actor counted, placed or not. */
    public int total() {
        return total;
    }

    /** Actors of a country (placed at a city or not). */
    public int country(String code) {
        int[] n = byCountry.get(code);
        int sum = 0;
        if (n != null) {
            for (int v : n) {
                sum += v;
            }
        }
        return sum;
    }

    public int country(String code, ActorType type) {
        int[] n = byCountry.get(code);
        return n == null ? 0 : n[type.ordinal()];
    }

    /** The countries with actors, in the order first met. */
    public List<String> countries() {
        return new ArrayList<>(byCountry.keySet());
    }

    /** The places with actors, most actors first. */
    public List<PlaceCount> places() {
        return places;
    }

    public Optional<PlaceCount> place(long placeId) {
        return Optional.ofNullable(byPlace.get(placeId));
    }

    /** Actors of the country without a city the map knows. */
    public int withoutPlace(String country) {
        return withoutPlace.getOrDefault(country, 0);
    }

    /** Actors with a city the gazetteer does not know (those with a country still count for it). */
    public int unknownCities() {
        return unknownCities;
    }

    /** Actors with neither a country nor a city the map knows: not on the map at all. */
    public int nowhere() {
        return nowhere;
    }

    /** The most actors any one country has, for the shading's classes. */
    public int maxCountry() {
        return byCountry.keySet().stream().mapToInt(this::country).max().orElse(0);
    }
}
