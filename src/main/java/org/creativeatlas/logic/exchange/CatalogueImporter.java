package org.creativeatlas.logic.exchange;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.logic.edit.ActorValidator;
import org.creativeatlas.logic.exchange.CatalogueDocument.ActorJson;
import org.creativeatlas.logic.exchange.CatalogueDocument.LinkJson;
import org.creativeatlas.logic.exchange.CatalogueDocument.MentionJson;
import org.creativeatlas.logic.exchange.CatalogueDocument.SourceJson;
import org.creativeatlas.logic.exchange.CatalogueDocument.VariantJson;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Coded;
import org.creativeatlas.model.Countries;
import org.creativeatlas.model.Link;
import org.creativeatlas.model.LinkType;
import org.creativeatlas.model.Mention;
import org.creativeatlas.model.Mode;
import org.creativeatlas.model.NameVariant;
import org.creativeatlas.model.Problem;
import org.creativeatlas.model.Sector;
import org.creativeatlas.model.Source;
import org.creativeatlas.model.Status;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.store.DismissedPairDao;

/**
 * Adds a {@link CatalogueDocument} to a catalogue in one transaction: the whole document is checked first, and a
 * single bad actor, code or reference refuses all of it with a message naming the entry.
 */
public final class CatalogueImporter {

    private final Messages messages = new Messages(Locale.ENGLISH);

    public ImportSummary importDocument(Catalogue catalogue, CatalogueDocument doc) {
        List<ActorJson> actors = orEmpty(doc.actors());
        Map<String, Actor> drafts = new HashMap<>();
        for (ActorJson json : actors) {
            if (json.id() == null || drafts.containsKey(json.id())) {
                throw error("actor \"" + json.name() + "\"", "its \"id\" is missing or used twice");
            }
            drafts.put(json.id(), toActor(json));
        }
        checkReferences(doc, drafts);
        return catalogue.db().inTransaction(() -> store(catalogue, doc, actors, drafts));
    }

    private ImportSummary store(Catalogue catalogue, CatalogueDocument doc, List<ActorJson> actors,
                                Map<String, Actor> drafts) {
        Map<String, Long> ids = new HashMap<>();
        for (ActorJson json : actors) {
            Actor stored = catalogue.actors().insert(drafts.get(json.id()).with(ActorField.OPERATOR, null));
            ids.put(json.id(), stored.id());
            for (VariantJson v : orEmpty(json.variants())) {
                catalogue.variants().insert(new NameVariant(0, stored.id(), v.text(), v.lang()));
            }
        }
        for (ActorJson json : actors) {
            if (json.operator() != null) {
                Actor stored = drafts.get(json.id()).withId(ids.get(json.id()));
                catalogue.actors().update(stored.with(ActorField.OPERATOR, ids.get(json.operator())));
            }
        }
        int links = 0;
        for (LinkJson l : orEmpty(doc.links())) {
            catalogue.links().insert(new Link(0, Coded.parse(LinkType.class, l.type()).orElseThrow(), ids.get(l.from()),
                    ids.get(l.to()), l.role(), l.start(), l.end(), l.note()));
            links++;
        }
        Map<String, Long> sourceIds = new HashMap<>();
        int newSources = 0;
        int knownSources = 0;
        for (SourceJson s : orEmpty(doc.sources())) {
            Optional<Source> known = catalogue.sources().bySha256(s.sha256());
            if (known.isPresent()) {
                sourceIds.put(s.id(), known.get().id());
                knownSources++;
            } else {
                sourceIds.put(s.id(), catalogue.sources().insert(new Source(0, s.title(), s.fileName(), s.language(),
                        s.date(), s.sha256(), s.text())).id());
                newSources++;
            }
        }
        for (MentionJson m : orEmpty(doc.mentions())) {
            catalogue.mentions().insert(new Mention(0, ids.get(m.actor()), sourceIds.get(m.source()), m.passage()));
        }
        if (doc.settings() != null) {
            doc.settings().forEach(catalogue.settings()::put);
        }
        for (List<String> pair : orEmpty(doc.dismissedPairs())) {
            catalogue.dismissedPairs().insert(new DismissedPairDao.Pair(ids.get(pair.get(0)), ids.get(pair.get(1))));
        }
        return new ImportSummary(actors.size(), links, newSources, knownSources, orEmpty(doc.mentions()).size());
    }

    private Actor toActor(ActorJson j) {
        String where = "actor \"" + j.id() + "\"";
        ActorType type = Coded.parse(ActorType.class, j.type())
                .orElseThrow(() -> error(where, "unknown type \"" + j.type() + "\""));
        Set<Sector> sectors = EnumSet.noneOf(Sector.class);
        for (String code : orEmpty(j.sectors())) {
            sectors.add(Coded.parse(Sector.class, code).orElseThrow(() -> error(where, "unknown sector \"" + code + "\"")));
        }
        Actor actor = new Actor(0, type, j.name(), j.kind(), j.country(), j.city(), j.website(), sectors,
                parse(Status.class, j.status(), where), parse(Mode.class, j.mode(), where), null, j.languages(),
                j.startYear(), j.endYear(), j.startDate(), j.endDate(), j.role(), j.description(), j.notes());
        // the bundle's advice ("a country name or an ISO code") fits a sheet, which reads country names; this
        // format holds ISO codes only
        if (j.country() != null && !Countries.isKnown(j.country())) {
            throw error(where, "country «" + j.country() + "» is not an ISO code such as KZ");
        }
        Optional<Problem> problem = ActorValidator.checkAll(actor);
        if (problem.isPresent()) {
            // the bundle's sentence ends in a full stop, and so does the line it is put into
            throw error(where, messages.problem(problem.get()).replaceFirst("\\.$", ""));
        }
        for (VariantJson v : orEmpty(j.variants())) {
            if (v.text() == null || v.text().isBlank()) {
                throw error(where, "a name variant is empty");
            }
        }
        return actor;
    }

    private void checkReferences(CatalogueDocument doc, Map<String, Actor> drafts) {
        for (ActorJson j : orEmpty(doc.actors())) {
            if (j.operator() != null && !drafts.containsKey(j.operator())) {
                throw error("actor \"" + j.id() + "\"", "its operator \"" + j.operator() + "\" is not in the document");
            }
        }
        for (LinkJson l : orEmpty(doc.links())) {
            String where = "link " + l.from() + " → " + l.to();
            if (Coded.parse(LinkType.class, l.type()).isEmpty()) {
                throw error(where, "unknown link type \"" + l.type() + "\"");
            }
            if (!drafts.containsKey(l.from()) || !drafts.containsKey(l.to())) {
                throw error(where, "it names an actor that is not in the document");
            }
            if (l.from().equals(l.to())) {
                throw error(where, "it links an actor to itself");
            }
        }
        for (List<String> pair : orEmpty(doc.dismissedPairs())) {
            if (pair == null || pair.size() != 2 || !drafts.containsKey(pair.get(0)) || !drafts.containsKey(pair.get(1))
                    || pair.get(0).equals(pair.get(1))) {
                throw error("dismissed pair " + pair, "it must name two different actors of the document");
            }
        }
        Set<String> sources = new java.util.HashSet<>();
        for (SourceJson s : orEmpty(doc.sources())) {
            if (s.id() == null || !sources.add(s.id()) || s.text() == null || s.sha256() == null) {
                throw error("source \"" + s.id() + "\"", "its id, text or sha256 is missing, or the id is used twice");
            }
        }
        for (MentionJson m : orEmpty(doc.mentions())) {
            if (!drafts.containsKey(m.actor()) || !sources.contains(m.source())) {
                throw error("mention of " + m.actor() + " in " + m.source(), "it names an unknown actor or source");
            }
        }
    }

    private static <E extends Enum<E> & Coded> E parse(Class<E> type, String code, String where) {
        if (code == null) {
            return null;
        }
        return Coded.parse(type, code).orElseThrow(() -> error(where, "unknown " + type.getSimpleName().toLowerCase(Locale.ROOT)
                + " \"" + code + "\""));
    }

    private static CatalogueFormatException error(String where, String why) {
        return new CatalogueFormatException("Cannot import the catalogue: " + where + ": " + why + ". Nothing was imported.");
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? new ArrayList<>() : list;
    }
}
