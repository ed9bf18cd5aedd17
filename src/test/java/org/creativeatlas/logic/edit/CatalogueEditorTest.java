package org.creativeatlas.logic.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import org.creativeatlas.testing.Engine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

class CatalogueEditorTest {

    @TempDir
    Path dir;
    private Engine engine;
    private Catalogue catalogue;
    private CatalogueEditor editor;
    private final List<Set<Long>> heard = new ArrayList<>();

    private void open(Engine on) {
        engine = on;
        catalogue = engine.open(dir, "edit");
        editor = new CatalogueEditor(catalogue);
        editor.addListener(heard::add);
    }

    @AfterEach
    void close() {
        if (catalogue != null) {
            catalogue.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anEditIsStoredAtOnceAndSurvivesReopening(Engine on) {
        open(on);
        Actor hub = editor.add(ActorType.ORGANISATION, "Ololo Group");
        editor.edit(hub.id(), ActorField.CITY, "  Bishkek ");
        editor.edit(hub.id(), ActorField.START_YEAR, 2016);
        catalogue.close();
        catalogue = engine.open(dir, "edit");
        Actor stored = catalogue.actors().byId(hub.id()).orElseThrow();
        assertEquals("Bishkek", stored.city(), "trimmed");
        assertEquals(2016, stored.startYear());
        assertEquals(Set.of(hub.id()), heard.get(heard.size() - 1));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void invalidValuesAreRefusedAndNotStored(Engine on) {
        open(on);
        Actor hub = editor.add(ActorType.ORGANISATION, "Ololo Group");
        editor.edit(hub.id(), ActorField.START_YEAR, 2016);
        assertProblem("problem.year.range", () -> editor.edit(hub.id(), ActorField.START_YEAR, 20161));
        assertProblem("problem.name.empty", () -> editor.edit(hub.id(), ActorField.NAME, "   "));
        assertProblem("problem.website.malformed", () -> editor.edit(hub.id(), ActorField.WEBSITE, "ololo group"));
        assertProblem("problem.country.unknown", () -> editor.edit(hub.id(), ActorField.COUNTRY, "XX"));
        assertProblem("problem.kind.unknown", () -> editor.edit(hub.id(), ActorField.KIND, "festival"));
        Actor forum = editor.add(ActorType.EVENT, "Forum");
        editor.edit(forum.id(), ActorField.START_DATE, "2024-04-08");
        assertProblem("problem.date.invalid", () -> editor.edit(forum.id(), ActorField.END_DATE, "2024-02-30"));
        assertProblem("problem.end.before.start", () -> editor.edit(forum.id(), ActorField.END_DATE, "2024-03"));
        editor.edit(forum.id(), ActorField.END_DATE, "2024-04");
        Actor stored = catalogue.actors().byId(hub.id()).orElseThrow();
        assertEquals(2016, stored.startYear());
        assertEquals("Ololo Group", stored.name());
        assertEquals("2024-04", catalogue.actors().byId(forum.id()).orElseThrow().endDate());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void undoingADeleteBringsBackTheActorWithItsLinksVariantsMentionsAndPlatforms(Engine on) {
        open(on);
        Actor park = editor.add(ActorType.ORGANISATION, "Креативтік Индустриялар Паркі");
        Actor person = editor.add(ActorType.PERSON, "Данияр Аманалиев");
        Actor event = editor.add(ActorType.EVENT, "CreaPark 2025");
        Actor school = editor.add(ActorType.PLATFORM, "Online school");
        editor.edit(school.id(), ActorField.OPERATOR, park.id());
        Link works = editor.link(Link.of(LinkType.AFFILIATION, person.id(), park.id(), "Director"));
        Link organises = editor.link(Link.of(LinkType.PARTICIPATION, park.id(), event.id(), "organiser"));
        NameVariant abbreviation = editor.addVariant(new NameVariant(0, park.id(), "ҚКИП", "kk"));
        Source src = catalogue.sources().insert(new Source(0, "Trip", "t.txt", "kk", null, "h", "ҚКИП директоры"));
        Mention mention = catalogue.mentions().insert(new Mention(0, park.id(), src.id(), "ҚКИП директоры"));
        Actor parkBefore = catalogue.actors().byId(park.id()).orElseThrow();

        editor.delete(List.of(park.id()));
        assertTrue(catalogue.actors().byId(park.id()).isEmpty());
        assertTrue(catalogue.links().all().isEmpty());
        assertEquals(null, catalogue.actors().byId(school.id()).orElseThrow().operatorId());
        assertTrue(heard.get(heard.size() - 1).containsAll(Set.of(park.id(), person.id(), event.id(), school.id())));

        editor.undo();
        assertEquals(parkBefore, catalogue.actors().byId(park.id()).orElseThrow());
        assertEquals(List.of(works, organises), catalogue.links().all());
        assertEquals(List.of(abbreviation), catalogue.variants().of(park.id()));
        assertEquals(List.of(mention), catalogue.mentions().of(park.id()));
        assertEquals(park.id(), catalogue.actors().byId(school.id()).orElseThrow().operatorId());

        editor.redo();
        assertTrue(catalogue.actors().byId(park.id()).isEmpty());
        editor.undo();
        assertEquals(2, catalogue.links().count());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void deletingSeveralLinkedActorsTogetherIsUndoneInOneStep(Engine on) {
        open(on);
        Actor org = editor.add(ActorType.ORGANISATION, "UNESCO");
        Actor platform = editor.add(ActorType.PLATFORM, "Mapping platform");
        editor.edit(platform.id(), ActorField.OPERATOR, org.id());
        Actor person = editor.add(ActorType.PERSON, "Krista Pikkat");
        editor.link(Link.of(LinkType.AFFILIATION, person.id(), org.id(), "Director"));
        editor.delete(List.of(org.id(), platform.id(), person.id()));
        assertEquals(0, catalogue.actors().count());
        editor.undo();
        assertEquals(3, catalogue.actors().count());
        assertEquals(1, catalogue.links().count());
        assertEquals(org.id(), catalogue.actors().byId(platform.id()).orElseThrow().operatorId());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void editsAddsLinksAndVariantsUndoAndRedoInOrder(Engine on) {
        open(on);
        Actor hub = editor.add(ActorType.ORGANISATION, "Hub");
        editor.edit(hub.id(), ActorField.NAME, "Ololo Hub");
        editor.edit(hub.id(), ActorField.COUNTRY, "KG");
        editor.undo();
        assertEquals(null, name(hub).country());
        editor.undo();
        assertEquals("Hub", name(hub).name());
        editor.redo();
        assertEquals("Ololo Hub", name(hub).name());
        editor.edit(hub.id(), ActorField.CITY, "Bishkek");
        assertFalse(editor.canRedo(), "a new edit clears redo");
        editor.undo();
        editor.undo();
        editor.undo();
        assertTrue(catalogue.actors().byId(hub.id()).isEmpty(), "undoing the add removes the actor");
        assertFalse(editor.canUndo());
        editor.redo();
        assertEquals("Hub", name(hub).name());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aSelfLinkIsRefused(Engine on) {
        open(on);
        Actor hub = editor.add(ActorType.ORGANISATION, "Hub");
        assertProblem("problem.link.self", () -> editor.link(Link.of(LinkType.RELATION, hub.id(), hub.id(), "partner_of")));
    }

    private Actor name(Actor a) {
        return catalogue.actors().byId(a.id()).orElseThrow();
    }

    private static void assertProblem(String key, Runnable edit) {
        ValidationException e = assertThrows(ValidationException.class, edit::run);
        assertEquals(key, e.problem().key());
    }
}
