package org.creativeatlas.logic.edit;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.Link;
import org.creativeatlas.model.Mention;
import org.creativeatlas.model.NameVariant;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.store.DismissedPairDao;

/**
 * Rows of the catalogue that are added or removed together, with their ids, so that undoing a delete puts back
 * exactly what was there: the actors, their variants, links and mentions, the platforms they operated
 * ({@code operatorRefs}: platform id → operator id) and the duplicate pairs dismissed with them.
 */
record Fragment(List<Actor> actors, List<NameVariant> variants, List<Link> links, List<Mention> mentions,
                Map<Long, Long> operatorRefs, List<DismissedPairDao.Pair> dismissed) {

    static Fragment ofActor(Actor actor) {
        return new Fragment(List.of(actor), List.of(), List.of(), List.of(), Map.of(), List.of());
    }

    static Fragment ofLink(Link link) {
        return new Fragment(List.of(), List.of(), List.of(link), List.of(), Map.of(), List.of());
    }

    static Fragment ofVariant(NameVariant variant) {
        return new Fragment(List.of(), List.of(variant), List.of(), List.of(), Map.of(), List.of());
    }

    /** Stores every row with its own id. Operators are set last, once every actor they point to exists again. */
    void insert(Catalogue catalogue) {
        actors.forEach(a -> catalogue.actors().insertWithId(a.with(ActorField.OPERATOR, null)));
        variants.forEach(catalogue.variants()::insertWithId);
        links.forEach(catalogue.links()::insertWithId);
        mentions.forEach(catalogue.mentions()::insertWithId);
        dismissed.forEach(catalogue.dismissedPairs()::insert);
        actors.stream().filter(a -> a.operatorId() != null).forEach(catalogue.actors()::update);
        operatorRefs.forEach((platformId, operatorId) -> catalogue.actors().byId(platformId)
                .ifPresent(p -> catalogue.actors().update(p.with(ActorField.OPERATOR, operatorId))));
    }

    void remove(Catalogue catalogue) {
        // one by one: they may belong to actors that stay
        mentions.forEach(m -> catalogue.mentions().delete(m.id()));
        links.forEach(l -> catalogue.links().delete(l.id()));
        variants.forEach(v -> catalogue.variants().delete(v.id()));
        actors.forEach(a -> catalogue.actors().delete(a.id()));
    }

    /** The actors whose rows, links or names this fragment touches. */
    Set<Long> touched() {
        Set<Long> ids = new HashSet<>();
        actors.forEach(a -> ids.add(a.id()));
        variants.forEach(v -> ids.add(v.actorId()));
        mentions.forEach(m -> ids.add(m.actorId()));
        links.forEach(l -> {
            ids.add(l.fromId());
            ids.add(l.toId());
        });
        ids.addAll(operatorRefs.keySet());
        return ids;
    }
}
