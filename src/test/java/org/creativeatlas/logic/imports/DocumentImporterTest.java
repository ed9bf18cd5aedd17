package org.creativeatlas.logic.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.creativeatlas.logic.ValidationException;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Link;
import org.creativeatlas.model.LinkType;
import org.creativeatlas.model.Mention;
import org.creativeatlas.model.NameVariant;
import org.creativeatlas.model.Source;
import org.creativeatlas.store.Catalogue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentImporterTest {

    @TempDir
    Path dir;
    private Catalogue catalogue;
    private DocumentImporter importer;

    @BeforeEach
    void open() {
        catalogue = Catalogue.open(dir.resolve("atlas.db"));
        importer = new DocumentImporter(catalogue);
    }

    @AfterEach
    void close() {
        catalogue.close();
    }

    @Test
    void acceptedProposalsBecomeActorsWithTheirPassagesFromOneSource() throws Exception {
        ImportProposal proposal = importer.propose(SeedDocs.ENGLISH);
        Proposal academy = named(proposal, "Kazakh National Academy of Choreography");
        Proposal professor = named(proposal, "G.K. Shalabayeva");
        assertEquals("university", academy.draft().kind());
        assertEquals("KZ", academy.draft().country());

        AcceptSummary summary = importer.accept(proposal, Map.of(academy.index(), Decision.accept(),
                professor.index(), Decision.accept()));

        assertEquals(2, summary.created());
        assertEquals(proposal.proposals().size() - 2, summary.rejected());
        List<Source> sources = catalogue.sources().all();
        assertEquals(1, sources.size());
        assertEquals(2, catalogue.actors().count());
        for (Actor actor : catalogue.actors().all()) {
            List<Mention> mentions = catalogue.mentions().of(actor.id());
            assertFalse(mentions.isEmpty(), actor.name());
            for (Mention m : mentions) {
                assertEquals(sources.get(0).id(), m.sourceId());
                assertTrue(sources.get(0).text().contains(m.passage()), m.passage());
                assertTrue(m.passage().contains(actor.name()) || actor.type() == ActorType.PERSON, m.passage());
            }
        }
        // initials do not end the sentence the professor is named in
        Actor shalabayeva = catalogue.actors().ofType(ActorType.PERSON).get(0);
        assertTrue(catalogue.mentions().of(shalabayeva.id()).get(0).passage()
                .startsWith("The round table was attended by"));
    }

    @Test
    void theSameDocumentAgainReusesItsSourceAndAddsNothingTwice() throws Exception {
        ImportProposal first = importer.propose(SeedDocs.ENGLISH);
        assertFalse(first.alreadyImported());
        importer.accept(first, AcceptAll.decisions(first, 0));
        long actors = catalogue.actors().count();
        int mentions = catalogue.mentions().all().size();

        ImportProposal again = new DocumentImporter(catalogue).propose(SeedDocs.ENGLISH);
        assertTrue(again.alreadyImported());
        assertTrue(again.proposals().stream().allMatch(p -> p.sameAs().isPresent()), "every actor found again");
        AcceptSummary summary = importer.accept(again, AcceptAll.decisions(again, 0));

        assertTrue(summary.sourceReused());
        assertEquals(1, catalogue.sources().count());
        assertEquals(actors, catalogue.actors().count());
        assertEquals(mentions, catalogue.mentions().all().size());
        assertEquals(0, summary.created());
        assertEquals(again.proposals().size(), summary.merged());
    }

    @Test
    void mergingAddsTheNameAsAVariantAndAMention() throws Exception {
        Actor existing = catalogue.actors().insert(Actor.named(ActorType.ORGANISATION,
                "Казахская национальная академия хореографии").with(ActorField.COUNTRY, "KZ"));
        ImportProposal proposal = importer.propose(SeedDocs.ENGLISH);
        Proposal academy = named(proposal, "Kazakh National Academy of Choreography");

        AcceptSummary summary = importer.accept(proposal, Map.of(academy.index(), Decision.merge(existing.id())));

        assertEquals(1, summary.merged());
        assertEquals(1, catalogue.actors().count());
        List<NameVariant> variants = catalogue.variants().of(existing.id());
        assertEquals(List.of("Kazakh National Academy of Choreography"), variants.stream().map(NameVariant::text).toList());
        assertEquals("en", variants.get(0).lang());
        assertEquals(1, catalogue.mentions().of(existing.id()).size());
    }

    @Test
    void aPersonsAffiliationToAnotherCandidateIsLinkedWhenBothAreKept() throws Exception {
        ImportProposal proposal = importer.propose(SeedDocs.RUSSIAN);
        Proposal person = named(proposal, "Аман Тентиев");
        Proposal company = named(proposal, "Namba Group");
        assertTrue(proposal.links().contains(ProposedLink.toProposal(LinkType.AFFILIATION, person.index(),
                company.index(), null)), proposal.links().toString());

        AcceptSummary onlyPerson = importer.accept(proposal, Map.of(person.index(), Decision.accept()));
        assertEquals(0, onlyPerson.links());

        ImportProposal again = new DocumentImporter(catalogue).propose(SeedDocs.RUSSIAN);
        Proposal samePerson = named(again, "Аман Тентиев");
        AcceptSummary both = importer.accept(again, Map.of(named(again, "Namba Group").index(), Decision.accept(),
                samePerson.index(), Decision.merge(samePerson.sameAs().orElseThrow().actor().id())));
        assertEquals(1, both.links());
        Link link = catalogue.links().all().get(0);
        assertEquals(LinkType.AFFILIATION, link.type());
        assertEquals(samePerson.sameAs().get().actor().id(), link.fromId());
    }

    @Test
    void aRefusedAcceptLeavesTheCatalogueAsItWas() throws Exception {
        ImportProposal proposal = importer.propose(SeedDocs.ENGLISH);
        Proposal academy = named(proposal, "Kazakh National Academy of Choreography");
        Proposal professor = named(proposal, "G.K. Shalabayeva");
        Actor badCountry = professor.draft().with(ActorField.COUNTRY, "XX");

        assertThrows(ValidationException.class, () -> importer.accept(proposal, Map.of(
                academy.index(), Decision.accept(), professor.index(), Decision.accept(badCountry))));

        assertEquals(0, catalogue.actors().count());
        assertEquals(0, catalogue.sources().count());
        assertTrue(catalogue.mentions().all().isEmpty());
        // the matcher did not learn the rolled-back academy either
        assertTrue(importer.propose(SeedDocs.ENGLISH).proposals().stream().allMatch(p -> p.matches().isEmpty()));
    }

    @Test
    void anEditedDraftIsStoredAsEdited() throws Exception {
        ImportProposal proposal = importer.propose(SeedDocs.ENGLISH);
        Proposal academy = named(proposal, "Kazakh National Academy of Choreography");
        Actor edited = academy.draft().with(ActorField.CITY, "Astana");

        importer.accept(proposal, Map.of(academy.index(), Decision.accept(edited)));

        assertEquals("Astana", catalogue.actors().all().get(0).city());
    }

    private static Proposal named(ImportProposal proposal, String name) {
        return proposal.proposals().stream().filter(p -> p.candidate().name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no «" + name + "» in " + proposal.proposals().stream()
                        .map(p -> p.candidate().name()).toList()));
    }
}
