package org.creativeatlas.logic.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.NameVariant;
import org.creativeatlas.store.Catalogue;

/**
 * Finds the catalogue's actors a name may denote, across scripts, spellings, word order, case endings, initials
 * and name variants. One matcher serves the import review and duplicate finding. Actors of another type never
 * match; the same country counts for a match and a different one against it.
 *
 * <p>Not thread-safe: build it, {@link #add} what the review accepts, and query from one thread.
 */
public final class ActorMatcher {

    /** How many matches a query returns at most. */
    public static final int MAX_MATCHES = 10;
    /** The same country closes a quarter of the gap to 1: it orders matches but lifts no "maybe" to "same". */
    private static final double SAME_COUNTRY_SHARE = 0.25;
    private static final double OTHER_COUNTRY_FACTOR = 0.7;
    private static final Pattern BRACKETS = Pattern.compile("\\(([^()]+)\\)|\\[([^\\[\\]]+)]");

    private final ActorIndex index = new ActorIndex();

    public ActorMatcher(Collection<Actor> actors, Collection<NameVariant> variants) {
        Map<Long, List<String>> names = new HashMap<>();
        for (NameVariant v : variants) {
            names.computeIfAbsent(v.actorId(), id -> new ArrayList<>()).add(v.text());
        }
        for (Actor actor : actors) {
            add(actor, names.getOrDefault(actor.id(), List.of()));
        }
    }

    /** A matcher over everything the catalogue holds now. */
    public static ActorMatcher of(Catalogue catalogue) {
        return new ActorMatcher(catalogue.actors().all(), catalogue.variants().all());
    }

    /** Makes an actor findable, e.g. one just accepted in a review, under its name and the given variants. */
    public void add(Actor actor, List<String> variants) {
        for (String name : forms(actor.name(), variants)) {
            index.add(actor, name);
        }
    }

    /** Existing actors the name (or one of its variants) may denote, best first, each scoring at least {@link Match#MAYBE}. */
    public List<Match> matches(ActorType type, String name, List<String> variants, String country) {
        return matches(type, name, variants, country, ActorIndex.CANDIDATES);
    }

    /**
     * The same, scoring in full at most {@code candidates} best-blocked names per form: a sweep over the whole
     * catalogue (duplicate finding) looks at fewer per actor, as each pair is met from both sides.
     */
    public List<Match> matches(ActorType type, String name, List<String> variants, String country, int candidates) {
        boolean person = type == ActorType.PERSON;
        Map<Long, Match> best = new HashMap<>();
        Map<String, Double> weights = new HashMap<>();
        for (String form : forms(name, variants)) {
            NameKey query = NameKey.of(form, person);
            if (query.words().isEmpty()) {
                continue;
            }
            for (ActorIndex.Entry entry : index.candidates(type, query, candidates)) {
                double score = person ? NameSimilarity.person(query, entry.key())
                        : NameSimilarity.organisation(query, entry.key(), word -> weights.computeIfAbsent(word, w -> index.weight(type, w)));
                score = byCountry(score, country, entry.actor().country());
                Match old = best.get(entry.actor().id());
                if (score >= Match.MAYBE && (old == null || score > old.score())) {
                    best.put(entry.actor().id(), new Match(entry.actor(), score, entry.name()));
                }
            }
        }
        return best.values().stream()
                .sorted(Comparator.comparingDouble(Match::score).reversed())
                .limit(MAX_MATCHES)
                .toList();
    }

    private static double byCountry(double score, String country, String otherCountry) {
        if (country == null || otherCountry == null) {
            return score;
        }
        return country.equalsIgnoreCase(otherCountry)
                ? score + SAME_COUNTRY_SHARE * (1 - score) : score * OTHER_COUNTRY_FACTOR;
    }

    /**
     * A name and its variants, with bracketed parts as names of their own:
     * "Korea International Cooperation Agency (KOICA)" is also "Korea International Cooperation Agency" and "KOICA".
     */
    static Set<String> forms(String name, List<String> variants) {
        Set<String> forms = new LinkedHashSet<>();
        List<String> all = new ArrayList<>();
        all.add(name);
        all.addAll(variants == null ? List.of() : variants);
        for (String text : all) {
            if (text == null || text.isBlank()) {
                continue;
            }
            forms.add(text.strip());
            Matcher m = BRACKETS.matcher(text);
            if (m.find()) {
                forms.add(BRACKETS.matcher(text).replaceAll(" ").strip());
                do {
                    forms.add((m.group(1) != null ? m.group(1) : m.group(2)).strip());
                } while (m.find());
            }
        }
        forms.removeIf(String::isEmpty);
        return forms;
    }
}
