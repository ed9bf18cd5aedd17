package org.creativeatlas.logic.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.creativeatlas.logic.exchange.CatalogueDocument.ActorJson;
import org.creativeatlas.logic.exchange.CatalogueDocument.LinkJson;
import org.creativeatlas.logic.exchange.CatalogueDocument.MentionJson;
import org.creativeatlas.logic.exchange.CatalogueDocument.SourceJson;
import org.creativeatlas.logic.exchange.CatalogueDocument.VariantJson;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.Coded;
import org.creativeatlas.model.Link;
import org.creativeatlas.model.Mention;
import org.creativeatlas.model.NameVariant;
import org.creativeatlas.model.Source;
import org.creativeatlas.store.Catalogue;

/**
 * Turns a catalogue (or the actors a filter keeps, with the links among them) into a {@link CatalogueDocument}.
 * Keys are numbered by position ({@code a1}, {@code a2}, …), so exporting, importing into a new file and exporting
 * again gives the same document.
 */
public final class CatalogueExporter {

    private CatalogueExporter() {
    }

    public static CatalogueDocument export(Catalogue catalogue) {
        return export(catalogue, a -> true);
    }

    public static CatalogueDocument export(Catalogue catalogue, Predicate<Actor> keep) {
        List<Actor> actors = catalogue.actors().all().stream().filter(keep).toList();
        Map<Long, String> actorKeys = new HashMap<>();
        actors.forEach(a -> actorKeys.put(a.id(), "a" + (actorKeys.size() + 1)));
        Map<Long, List<VariantJson>> variants = new HashMap<>();
        for (NameVariant v : catalogue.variants().all()) {
            variants.computeIfAbsent(v.actorId(), id -> new ArrayList<>()).add(new VariantJson(v.text(), v.lang()));
        }
        List<ActorJson> actorJson = actors.stream().map(a -> toJson(a, actorKeys, variants)).toList();
        List<LinkJson> links = catalogue.links().all().stream()
                .filter(l -> actorKeys.containsKey(l.fromId()) && actorKeys.containsKey(l.toId()))
                .map(l -> toJson(l, actorKeys)).toList();
        List<Mention> mentions = catalogue.mentions().all().stream()
                .filter(m -> actorKeys.containsKey(m.actorId())).toList();
        Map<Long, String> sourceKeys = new HashMap<>();
        List<SourceJson> sources = new ArrayList<>();
        for (Source s : catalogue.sources().all()) {
            String key = "s" + (sourceKeys.size() + 1);
            sourceKeys.put(s.id(), key);
            sources.add(new SourceJson(key, s.title(), s.fileName(), s.language(), s.date(), s.sha256(), s.text()));
        }
        List<MentionJson> mentionJson = mentions.stream()
                .map(m -> new MentionJson(actorKeys.get(m.actorId()), sourceKeys.get(m.sourceId()), m.passage()))
                .toList();
        List<List<String>> dismissed = catalogue.dismissedPairs().all().stream()
                .filter(p -> actorKeys.containsKey(p.lowId()) && actorKeys.containsKey(p.highId()))
                .map(p -> List.of(actorKeys.get(p.lowId()), actorKeys.get(p.highId()))).toList();
        return new CatalogueDocument(CatalogueDocument.FORMAT, CatalogueDocument.VERSION, actorJson, links, sources,
                mentionJson, catalogue.settings().all(), dismissed);
    }

    private static ActorJson toJson(Actor a, Map<Long, String> keys, Map<Long, List<VariantJson>> variants) {
        return new ActorJson(keys.get(a.id()), a.type().code(), a.name(), a.kind(), a.country(), a.city(),
                a.website(), a.sectors().stream().map(Coded::code).sorted().toList(), code(a.status()), code(a.mode()),
                a.operatorId() == null ? null : keys.get(a.operatorId()), a.languages(), a.startYear(), a.endYear(),
                a.startDate(), a.endDate(), a.role(), a.description(), a.notes(),
                variants.getOrDefault(a.id(), List.of()));
    }

    private static LinkJson toJson(Link l, Map<Long, String> keys) {
        return new LinkJson(l.type().code(), keys.get(l.fromId()), keys.get(l.toId()), l.role(), l.start(), l.end(),
                l.note());
    }

    private static String code(Coded value) {
        return value == null ? null : value.code();
    }
}
