package org.creativeatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.Status;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.ui.viewmodel.ActorItem;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Code-list cells of the organisations table (kind, status, country) edited as a researcher would. */
class ChoiceEditingTest extends AtlasWindowTest {

    @Test
    void doubleClickOpensTheStatusListAndEnterStoresWhatTheArrowsReached(FxRobot robot) {
        TableView<ActorItem> table = AtlasWindowFixture.table(robot, "organisation");
        ActorItem active = table.getItems().stream().filter(i -> i.actor().status() == Status.ACTIVE).findFirst()
                .orElseThrow(() -> new AssertionError("the seed has an active organisation"));
        TableCell<?, ?> cell = AtlasWindowFixture.cell(robot, table, table.getItems().indexOf(active), "status");

        robot.doubleClickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<?> box = editor(robot, cell);
        assertTrue(box.isShowing(), "the box says its list is open");
        assertTrue(listOnScreen(robot, box), "the list is on the screen");

        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Status.ACTIVE, stored(active).status(), "moving through the list stores nothing");
        assertTrue(cell.isEditing());

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Status.CLOSED, stored(active).status(), "the entry after Active");
        assertEquals(Status.CLOSED, active.actor().status(), "the row shows it");
        assertFalse(cell.isEditing(), "Enter ends editing");
        assertFalse(listOnScreen(robot, box), "and closes the list");
    }

    @Test
    void f2OrTypingOpensTheKindListAndEscapeKeepsTheStoredKind(FxRobot robot) {
        TableView<ActorItem> table = AtlasWindowFixture.table(robot, "organisation");
        ActorItem first = table.getItems().get(0);
        String kind = stored(first).kind();
        TableCell<?, ?> cell = AtlasWindowFixture.cell(robot, table, 0, "kind");
        robot.clickOn(cell);

        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<?> box = editor(robot, cell);
        assertTrue(box.isShowing() && listOnScreen(robot, box), "F2 opens the list");
        robot.type(KeyCode.DOWN).type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(cell.isEditing(), "Escape ends editing");
        assertFalse(listOnScreen(robot, box), "and closes the list");
        assertEquals(kind, stored(first).kind(), "Escape stores nothing");
        assertEquals(kind, first.actor().kind());

        robot.type(KeyCode.U);
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<?> typed = editor(robot, cell);
        assertTrue(typed.isShowing() && listOnScreen(robot, typed), "typing opens the list");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(cell.isEditing());
        assertEquals(kind, stored(first).kind());
    }

    @Test
    void theSearchableCountryListOpensAndTakesWhatIsTypedIntoIt(FxRobot robot) {
        TableView<ActorItem> table = AtlasWindowFixture.table(robot, "organisation");
        ActorItem first = table.getItems().get(0);
        String country = stored(first).country();
        assertFalse("UZ".equals(country), "the test needs another country first");
        TableCell<?, ?> cell = AtlasWindowFixture.cell(robot, table, 0, "country");

        robot.doubleClickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<?> box = editor(robot, cell);
        assertTrue(box.isShowing() && listOnScreen(robot, box), "the country list is open");
        robot.type(KeyCode.DOWN).type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(cell.isEditing(), "Escape ends editing");
        assertEquals(country, stored(first).country(), "and stores nothing");

        robot.doubleClickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Uzbekistan").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(cell.isEditing());
        assertEquals("UZ", stored(first).country(), "the entry found by typing");
    }

    private static ComboBox<?> editor(FxRobot robot, TableCell<?, ?> cell) {
        return robot.from(cell).lookup(".combo-box").queryAs(ComboBox.class);
    }

    private static boolean listOnScreen(FxRobot robot, ComboBox<?> box) {
        return AtlasWindowFixture.openList(robot, box).isPresent();
    }

    private Actor stored(ActorItem item) {
        try (Catalogue store = Catalogue.open(app.db)) {
            return store.actors().byId(item.id()).orElseThrow();
        }
    }
}
