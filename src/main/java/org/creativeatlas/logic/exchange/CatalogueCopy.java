package org.creativeatlas.logic.exchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.creativeatlas.model.Actor;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.store.StoreException;

/**
 * Copies a whole catalogue into an empty one — a file to a server or back — in one transaction, every row with its
 * own id, so both export the same JSON and links, mentions and pinned positions (kept by id) mean the same.
 */
public final class CatalogueCopy {

    /** What was copied. */
    public record Counts(int actors, int variants, int links, int sources, int mentions, int settings) {
    }

    private CatalogueCopy() {
    }

    public static Counts copy(Catalogue from, Catalogue to) {
        if (to.actors().count() > 0 || to.sources().count() > 0 || !to.settings().all().isEmpty()) {
            throw new StoreException("The catalogue " + to.displayName() + " is not empty: a copy goes only into an "
                    + "empty catalogue, so that every row keeps its id.");
        }
        List<Actor> actors = from.actors().all();
        var variants = from.variants().all();
        var links = from.links().all();
        var sources = from.sources().all();
        var mentions = from.mentions().all();
        var settings = from.settings().all();
        var dismissed = from.dismissedPairs().all();
        to.inTransaction(() -> {
            for (List<Actor> round : operatorsFirst(actors)) {
                to.actors().insertAllWithIds(round);
            }
            to.variants().insertAllWithIds(variants);
            to.links().insertAllWithIds(links);
            to.sources().insertAllWithIds(sources);
            to.mentions().insertAllWithIds(mentions);
            settings.forEach(to.settings()::put);
            dismissed.forEach(to.dismissedPairs()::insert);
        });
        return new Counts(actors.size(), variants.size(), links.size(), sources.size(), mentions.size(),
                settings.size());
    }

    /** The actors in rounds, each after the operators its platforms name, so every reference is stored first. */
    static List<List<Actor>> operatorsFirst(List<Actor> actors) {
        List<List<Actor>> rounds = new ArrayList<>();
        Set<Long> stored = new HashSet<>();
        List<Actor> pending = actors;
        while (!pending.isEmpty()) {
            List<Actor> round = new ArrayList<>();
            List<Actor> later = new ArrayList<>();
            for (Actor a : pending) {
                (a.operatorId() == null || stored.contains(a.operatorId()) ? round : later).add(a);
            }
            if (round.isEmpty()) {
                throw new StoreException("Platforms name each other as operators in a circle (" + later.get(0).name()
                        + "); the catalogue cannot be copied.");
            }
            round.forEach(a -> stored.add(a.id()));
            rounds.add(round);
            pending = later;
        }
        return rounds;
    }
}
