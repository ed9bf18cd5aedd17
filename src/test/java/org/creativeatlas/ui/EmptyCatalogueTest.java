package org.creativeatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A new catalogue's empty table says how to fill it; once it has rows, an empty table means the filter hid them,
 * and a row just added (kept in view while it is new) goes with the first filter change.
 */
class EmptyCatalogueTest extends AtlasWindowTest {

    @Override
    void open(Stage stage) {
        app.startEmpty(stage);
    }

    @Test
    void theEmptyTableSaysHowToFillItThenThatTheFilterHidesTheRows(FxRobot robot) throws Exception {
        assertEquals("Nothing here yet: add a row with + Add, or bring actors in from documents or a spreadsheet "
                + "(File menu).", placeholder(robot));

        robot.clickOn("#addButton");
        FxWait.until(10, () -> table(robot).getItems().size() == 1);
        robot.write("Қазақ ұлттық өнер университеті").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        AtlasWindowFixture.check(robot, "#countryFilter", "KZ", "KZ  Kazakhstan");
        FxWait.until(10, () -> table(robot).getItems().isEmpty());

        assertEquals("No rows match the filter.", placeholder(robot));
    }

    private static TableView<?> table(FxRobot robot) {
        return robot.lookup("#table-organisation").queryAs(TableView.class);
    }

    private static String placeholder(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return ((Label) table(robot).getPlaceholder()).getText();
    }
}
