package org.creativeatlas.logic.duplicates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.creativeatlas.logic.match.ActorMatcher;
import org.creativeatlas.logic.match.Match;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.NameVariant;
import org.creativeatlas.model.TextFold;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.store.DismissedPairDao.Pair;

/**
 * Finds actors of one type likely to be the same, with the one {@link ActorMatcher} the import review uses: every
 * actor's name and variants are looked up in the matcher's index, which only scores names sharing a word or a
 * word's first letters (no pair-by-pair scan). The same country already counts in the matcher's score; the same
 * city closes a further {@value #SAME_CITY_SHARE} of the gap to 1. Pairs the researcher dismissed are never shown.
 */
public final class Duplicates {

    static final double SAME_CITY_SHARE = 0.1;
    /** Names scored in full per name looked up: each pair is met from both sides, and from every variant. */
    private static final int CANDIDATES = 12;

    private final Catalogue catalogue;

    public Duplicates(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Likely duplicates, best first, scoring at least {@link Match#MAYBE}, dismissed pairs left out. */
    public List<DuplicatePair> find() {
        return find(catalogue.actors().all(), catalogue.variants().all(), Set.copyOf(catalogue.dismissedPairs().all()));
    }

    /** The researcher says the two are not the same: the pair is not proposed again, also after reopening. */
    public void dismiss(DuplicatePair pair) {
        catalogue.dismissedPairs().insert(new Pair(pair.first().id(), pair.second().id()));
    }

    /** The same search over given rows (benchmarks, tests). */
    public static List<DuplicatePair> find(List<Actor> actors, List<NameVariant> variants, Set<Pair> dismissed) {
        Map<Long, List<String>> names = new HashMap<>();
        variants.forEach(v -> names.computeIfAbsent(v.actorId(), id -> new ArrayList<>()).add(v.text()));
        ActorMatcher matcher = new ActorMatcher(actors, variants);
        Map<Pair, DuplicatePair> best = new HashMap<>();
        for (Actor actor : actors) {
            for (Match m : matcher.matches(actor.type(), actor.name(), names.getOrDefault(actor.id(), List.of()),
                    actor.country(), CANDIDATES)) {
                Actor other = m.actor();
                if (other.id() == actor.id()) {
                    continue;
                }
                Pair key = new Pair(actor.id(), other.id());
                double score = byCity(m.score(), actor.city(), other.city());
                DuplicatePair old = best.get(key);
                if (!dismissed.contains(key) && (old == null || score > old.score())) {
                    boolean actorFirst = actor.id() < other.id();
                    best.put(key, new DuplicatePair(actorFirst ? actor : other, actorFirst ? other : actor, score,
                            actorFirst ? m.matchedName() : actor.name()));
                }
            }
        }
        List<DuplicatePair> out = new ArrayList<>(best.values());
        out.sort(Comparator.comparingDouble(DuplicatePair::score).reversed()
                .thenComparingLong(p -> p.first().id()).thenComparingLong(p -> p.second().id()));
        return out;
    }

    private static double byCity(double score, String city, String otherCity) {
        return city != null && otherCity != null && TextFold.fold(city).equals(TextFold.fold(otherCity))
                ? score + SAME_CITY_SHARE * (1 - score) : score;
    }
}
