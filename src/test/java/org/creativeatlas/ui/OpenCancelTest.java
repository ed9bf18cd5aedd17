package org.creativeatlas.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.creativeatlas.logic.bench.SyntheticCatalogue;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.ui.viewmodel.ActorItem;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Cancelling the opening of a large catalogue from a window that shows a small one. */
class OpenCancelTest extends AtlasWindowTest {

    @Test
    void cancellingAnOpeningKeepsTheOpenCatalogueAndLeavesTheOtherFileAsItWas(FxRobot robot) throws Exception {
        Path large = dir.resolve("large.db");
        long actors;
        // the whole synthetic catalogue: reading its rows takes long enough to press Cancel on the way
        try (Catalogue store = Catalogue.open(large)) {
            SyntheticCatalogue.fill(store, 1.0);
            actors = store.actors().count();
        }
        byte[] before = Files.readAllBytes(large);
        TableView<ActorItem> table = AtlasWindowFixture.table(robot, "organisation");
        int shown = table.getItems().size();

        app.openCatalogue(robot, large);
        FxWait.until(15, () -> robot.lookup("#busyMessage").tryQueryAs(Label.class)
                .map(l -> "Reading the actors…".equals(l.getText())).orElse(false));
        robot.clickOn("#busyCancel");
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(robot.lookup("#busyView").tryQuery().isPresent(), "the busy view is gone");
        assertEquals("Opening cancelled.", robot.lookup("#messageLabel").queryAs(Label.class).getText());
        assertEquals(shown, table.getItems().size(), "the small catalogue's rows are still shown");
        ActorItem first = table.getItems().get(0);
        TableCell<?, ?> city = AtlasWindowFixture.cell(robot, table, 0, "city");
        robot.doubleClickOn(city).write("Shymkent").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Shymkent", first.actor().city(), "the small catalogue is still editable");

        app.quit(robot);
        try (Catalogue small = Catalogue.open(app.db)) {
            assertEquals("Shymkent", small.actors().byId(first.id()).orElseThrow().city(), "the edit is stored");
        }
        assertTrue(Files.notExists(Path.of(large + "-wal")), "the large file was closed");
        assertArrayEquals(before, Files.readAllBytes(large), "the large file is byte for byte as it was");
        try (Catalogue reopened = Catalogue.open(large)) {
            assertEquals(actors, reopened.actors().count());
        }
    }
}
