package org.creativeatlas.logic.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.creativeatlas.logic.ValidationException;
import org.creativeatlas.logic.edit.CatalogueEditor;
import org.creativeatlas.logic.edit.EditConflict;
import org.creativeatlas.logic.edit.MergePlan;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.store.ServerAddress;
import org.creativeatlas.testing.Engine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two researchers on one team catalogue: nobody's edit is lost, and nobody undoes a colleague's work. */
class TeamEditingTest {

    @TempDir
    Path dir;
    private Catalogue alice;
    private Catalogue bob;
    private CatalogueEditor aliceEdits;
    private CatalogueEditor bobEdits;
    private long hub;

    @BeforeEach
    void twoClients() {
        ServerAddress address = Engine.address(dir, "team");
        alice = Catalogue.connect(address, null);
        bob = Catalogue.connect(address, null);
        aliceEdits = new CatalogueEditor(alice);
        bobEdits = new CatalogueEditor(bob);
        hub = aliceEdits.add(ActorType.ORGANISATION, "Ololo Group").id();
        // both windows show the catalogue as it is now
        alice.actors().all();
        bob.actors().all();
    }

    @AfterEach
    void close() {
        if (alice != null) {
            alice.close();
            bob.close();
        }
    }

    @Test
    void twoEditsOfOneActorGiveOneConflictAndNoFieldIsLost() {
        aliceEdits.edit(hub, ActorField.CITY, "Bishkek");
        EditConflict conflict = assertThrows(EditConflict.class,
                () -> bobEdits.edit(hub, ActorField.WEBSITE, "https://ololo.kg"));
        assertEquals("Bishkek", conflict.theirs().city(), "the conflict shows the colleague's version");
        assertEquals("https://ololo.kg", conflict.mine());
        assertEquals(null, bob.actors().byId(hub).orElseThrow().website(), "nothing of Bob's edit was stored");

        // Bob takes the colleague's row with his one field
        bobEdits.resolve(conflict, conflict.theirs().with(conflict.field(), conflict.mine()));
        Actor stored = alice.actors().byId(hub).orElseThrow();
        assertEquals("Bishkek", stored.city());
        assertEquals("https://ololo.kg", stored.website());
        assertEquals(3, alice.actors().storedVersion(hub), "two stored edits, one refused");
    }

    @Test
    void anEditIsCheckedAgainstTheRowAsItWasWhenEditingBeganNotAsItWasRefreshedSince() {
        Actor seen = bob.actors().refresh(hub).orElseThrow();
        aliceEdits.edit(hub, ActorField.CITY, "Bishkek");
        bob.actors().refresh(hub); // Alice's change reached Bob's window while he was typing

        EditConflict conflict = assertThrows(EditConflict.class, () -> bobEdits.edit(seen, ActorField.CITY, "Osh"));
        assertEquals("Bishkek", conflict.theirs().city());
        assertEquals("Osh", conflict.mine());
        assertEquals("Bishkek", alice.actors().byId(hub).orElseThrow().city(), "nothing of Bob's was stored");
    }

    @Test
    void anEditBegunBeforeAColleaguesChangeOfAnotherFieldIsStoredBesideIt() {
        Actor seen = bob.actors().refresh(hub).orElseThrow();
        aliceEdits.edit(hub, ActorField.CITY, "Bishkek");

        bobEdits.edit(seen, ActorField.WEBSITE, "https://ololo.kg");
        Actor stored = alice.actors().byId(hub).orElseThrow();
        assertEquals("Bishkek", stored.city(), "Alice's field stays");
        assertEquals("https://ololo.kg", stored.website(), "Bob's field is stored");
        bobEdits.undo();
        stored = alice.actors().byId(hub).orElseThrow();
        assertEquals("Bishkek", stored.city(), "undo takes back Bob's field only");
        assertNull(stored.website());
    }

    @Test
    void aResolutionOvertakenAgainIsAnotherConflict() {
        aliceEdits.edit(hub, ActorField.CITY, "Bishkek");
        EditConflict first = assertThrows(EditConflict.class, () -> bobEdits.edit(hub, ActorField.CITY, "Osh"));
        aliceEdits.edit(hub, ActorField.COUNTRY, "KG");
        EditConflict second = assertThrows(EditConflict.class,
                () -> bobEdits.resolve(first, first.theirs().with(ActorField.CITY, "Osh")));
        assertEquals("KG", second.theirs().country());
        bobEdits.resolve(second, second.theirs().with(ActorField.CITY, "Osh"));
        Actor stored = alice.actors().byId(hub).orElseThrow();
        assertEquals("Osh", stored.city());
        assertEquals("KG", stored.country());
    }

    @Test
    void undoRefusesToGoBackOverAColleaguesLaterEdit() {
        aliceEdits.edit(hub, ActorField.NAME, "Ololo Hub");
        bob.actors().refresh(hub);
        bobEdits.edit(hub, ActorField.CITY, "Bishkek");
        ValidationException refused = assertThrows(ValidationException.class, aliceEdits::undo);
        assertEquals("problem.undo.overtaken", refused.problem().key());
        assertEquals("Ololo Hub", refused.problem().args().get(0));
        Actor stored = bob.actors().byId(hub).orElseThrow();
        assertEquals("Ololo Hub", stored.name(), "Alice's edit stays");
        assertEquals("Bishkek", stored.city(), "Bob's edit stays");

        // Bob's own undo is his to make
        bobEdits.undo();
        assertNull(alice.actors().byId(hub).orElseThrow().city());
    }

    @Test
    void aDeleteOfAnActorAColleagueChangedIsRefused() {
        aliceEdits.edit(hub, ActorField.CITY, "Bishkek");
        ValidationException refused = assertThrows(ValidationException.class, () -> bobEdits.delete(List.of(hub)));
        assertEquals("problem.conflict.changed", refused.problem().key());
        assertTrue(alice.actors().byId(hub).isPresent());
        bob.actors().refresh(hub);
        bobEdits.delete(List.of(hub));
        assertTrue(alice.actors().byId(hub).isEmpty(), "once Bob has seen the change, his delete goes through");
    }

    @Test
    void aMergeOverAColleaguesEditIsRefusedAndChangesNothing() {
        long other = aliceEdits.add(ActorType.ORGANISATION, "Ololo Group LLC").id();
        bob.actors().all();
        aliceEdits.edit(other, ActorField.CITY, "Bishkek");
        MergePlan plan = new MergePlan(hub, other, java.util.Set.of());
        ValidationException refused = assertThrows(ValidationException.class, () -> bobEdits.merge(plan));
        assertEquals("problem.conflict.changed", refused.problem().key());
        assertEquals(2, alice.actors().count(), "both actors are still there");
        assertEquals("Bishkek", alice.actors().byId(other).orElseThrow().city());
    }
}
