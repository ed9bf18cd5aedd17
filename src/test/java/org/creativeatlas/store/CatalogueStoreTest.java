package org.creativeatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Link;
import org.creativeatlas.model.LinkType;
import org.creativeatlas.model.Mention;
import org.creativeatlas.model.Mode;
import org.creativeatlas.model.NameVariant;
import org.creativeatlas.model.Sector;
import org.creativeatlas.model.Source;
import org.creativeatlas.model.Status;
import org.creativeatlas.testing.Engine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

class CatalogueStoreTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void everyTypeIsStoredAndSurvivesReopening(Engine engine) {
        Actor org = Actor.named(ActorType.ORGANISATION, "«Тұран» университеті").with(ActorField.KIND, "university")
                .with(ActorField.COUNTRY, "KZ").with(ActorField.CITY, "Almaty")
                .with(ActorField.SECTORS, Set.of(Sector.EDUCATION, Sector.FILM)).with(ActorField.STATUS, Status.ACTIVE)
                .with(ActorField.START_YEAR, 1992).with(ActorField.WEBSITE, "https://turan.edu.kz");
        Actor platform = Actor.named(ActorType.PLATFORM, "Санарип 50+").with(ActorField.MODE, Mode.HYBRID)
                .with(ActorField.LANGUAGES, "ky, ru").with(ActorField.END_YEAR, 2023);
        Actor event = Actor.named(ActorType.EVENT, "CreaPark 2025").with(ActorField.KIND, "festival")
                .with(ActorField.START_DATE, "2025-11").with(ActorField.END_DATE, "2025-11-30");
        Actor person = Actor.named(ActorType.PERSON, "Данияр Аманалиев").with(ActorField.ROLE, "Директор");
        long orgId;
        try (Catalogue c = engine.open(dir, "crud")) {
            List<Actor> stored = c.actors().insertAll(List.of(org, platform, event, person));
            orgId = stored.get(0).id();
            c.actors().update(stored.get(1).with(ActorField.OPERATOR, orgId));
        }
        try (Catalogue c = engine.open(dir, "crud")) {
            List<Actor> all = c.actors().all();
            assertEquals(4, all.size());
            assertEquals(org.withId(orgId), all.get(0));
            assertEquals(orgId, all.get(1).operatorId());
            assertEquals(event, all.get(2).withId(0));
            assertEquals(person, all.get(3).withId(0));
            assertEquals(List.of(all.get(3)), c.actors().ofType(ActorType.PERSON));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void linksVariantsMentionsAreStoredAndGoWithTheirActor(Engine engine) {
        try (Catalogue c = engine.open(dir, "links")) {
            Actor org = c.actors().insert(Actor.named(ActorType.ORGANISATION, "Креативтік Индустриялар Паркі"));
            Actor person = c.actors().insert(Actor.named(ActorType.PERSON, "Данияр Аманалиев"));
            Actor event = c.actors().insert(Actor.named(ActorType.EVENT, "CreaPark 2025"));
            Actor platform = c.actors().insert(Actor.named(ActorType.PLATFORM, "Online school")
                    .with(ActorField.OPERATOR, null));
            c.actors().update(platform.with(ActorField.OPERATOR, org.id()));
            Link works = c.links().insert(new Link(0, LinkType.AFFILIATION, person.id(), org.id(), "Director",
                    "2020", null, null));
            c.links().insert(Link.of(LinkType.PARTICIPATION, org.id(), event.id(), "organiser"));
            c.links().insert(Link.of(LinkType.PARTICIPATION, person.id(), event.id(), "speaker"));
            c.variants().insert(new NameVariant(0, org.id(), "ҚКИП", "kk"));
            Source src = c.sources().insert(new Source(0, "Trip", "t.txt", "kk", null, "abc", "text"));
            c.mentions().insert(new Mention(0, org.id(), src.id(), "text"));

            assertEquals(List.of(works), c.links().of(org.id()).stream().filter(l -> l.type() == LinkType.AFFILIATION).toList());
            assertEquals(2, c.links().of(org.id()).size());
            assertEquals(List.of(platform.id()), c.actors().operatedBy(org.id()).stream().map(Actor::id).toList());

            c.actors().delete(org.id());

            assertEquals(1, c.links().all().size(), "only the person's participation remains");
            assertTrue(c.variants().all().isEmpty());
            assertTrue(c.mentions().all().isEmpty());
            assertNull(c.actors().byId(platform.id()).orElseThrow().operatorId());
            assertEquals(1, c.sources().count(), "the source stays");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aSourceIsStoredOncePerText(Engine engine) {
        try (Catalogue c = engine.open(dir, "src")) {
            c.sources().insert(new Source(0, "A", "a.txt", "ru", null, "same", "text"));
            assertThrows(StoreException.class,
                    () -> c.sources().insert(new Source(0, "B", "b.txt", "ru", null, "same", "text")));
            assertEquals("A", c.sources().bySha256("same").orElseThrow().title());
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void searchFoldsCaseInCyrillicAndKazakh(Engine engine) {
        try (Catalogue c = engine.open(dir, "search")) {
            Actor ministry = c.actors().insert(Actor.named(ActorType.ORGANISATION, "ҰЛТТЫҚ ЭКОНОМИКА МИНИСТРЛІГІ"));
            Actor park = c.actors().insert(Actor.named(ActorType.ORGANISATION, "Парк креативных индустрий"));
            c.actors().insert(Actor.named(ActorType.ORGANISATION, "Ololo Group"));
            c.variants().insert(new NameVariant(0, park.id(), "Креативтік Индустриялар Паркі", "kk"));

            assertEquals(List.of(ministry), c.actors().search("ұлттық"));
            assertEquals(List.of(park), c.actors().search("ПАРК КРЕАТИВНЫХ"));
            assertEquals(List.of(park), c.actors().search("индустриялар паркі"), "found by its Kazakh variant");
            assertEquals(List.of(park), c.actors().search("ИНДУСТРИ"), "one actor, though name and variant match");
            assertEquals(1, c.actors().search("OLOLO").size());
            assertTrue(c.actors().search("100%_").isEmpty(), "LIKE wildcards are taken literally");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aFailedTransactionLeavesNothingBehind(Engine engine) {
        try (Catalogue c = engine.open(dir, "tx")) {
            assertThrows(StoreException.class, () -> c.inTransaction(() -> {
                c.actors().insert(Actor.named(ActorType.PERSON, "Алия"));
                c.actors().insert(Actor.named(ActorType.PERSON, " "));
            }));
            assertEquals(0, c.actors().count());
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void settingsAreKeptPerCatalogue(Engine engine) {
        try (Catalogue c = engine.open(dir, "settings")) {
            c.settings().put("report.methodology", "Әдіснама");
            c.settings().put("report.methodology", "Методология");
        }
        try (Catalogue c = engine.open(dir, "settings")) {
            assertEquals("Методология", c.settings().get("report.methodology").orElseThrow());
        }
    }

    /** Every value is bound, never written into SQL: names made to break SQL or COPY text come back as they went in. */
    @ParameterizedTest
    @EnumSource(Engine.class)
    void namesFullOfQuotesSemicolonsAndCommentsSurvive(Engine engine) {
        List<String> names = List.of("Robert'); DROP TABLE actor; --", "\"Ақ Орда\" -- ; '' \\ %_ $$ $1 ?",
                "O'Brien; DELETE FROM link WHERE 1 = 1 /* */", "tab\there\nnew line \\N \\. end", "--");
        try (Catalogue c = engine.open(dir, "quotes")) {
            long first = c.actors().maxId() + 1;
            for (String name : names) {
                Actor a = c.actors().insert(Actor.named(ActorType.ORGANISATION, name).with(ActorField.NOTES, name));
                c.variants().insert(new NameVariant(0, a.id(), name + "'", "en"));
                c.settings().put(name, name);
                c.sources().insert(new Source(0, name, name, "en", null, "sha" + a.id(), name));
            }
            List<Actor> bulk = new java.util.ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                bulk.add(Actor.named(ActorType.PERSON, names.get(i)).with(ActorField.ROLE, names.get(i))
                        .withId(first + 100 + i));
            }
            c.actors().insertAllWithIds(bulk);
            Actor edited = c.actors().byId(first).orElseThrow();
            c.actors().update(edited.with(ActorField.CITY, names.get(1)));
        }
        try (Catalogue c = engine.open(dir, "quotes")) {
            assertEquals(2 * names.size(), c.actors().count(), "no table was dropped, nothing was deleted");
            List<Actor> all = c.actors().all();
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                assertEquals(name, all.get(i).name());
                assertEquals(name, all.get(i).notes());
                assertEquals(name, all.get(names.size() + i).name(), "stored by the bulk path (COPY on a server)");
                assertEquals(name, all.get(names.size() + i).role());
                assertEquals(name, c.settings().get(name).orElseThrow());
                assertEquals(name + "'", c.variants().of(all.get(i).id()).get(0).text());
                assertTrue(c.actors().search(name).contains(all.get(i)), "found by its own name: " + name);
            }
            assertEquals(names.get(1), all.get(0).city());
            assertEquals(names.size(), c.sources().count());
        }
    }
}
