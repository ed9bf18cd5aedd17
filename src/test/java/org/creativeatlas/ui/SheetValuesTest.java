package org.creativeatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.creativeatlas.logic.backup.BackupService;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.ui.sheets.ValueRow;
import org.creativeatlas.ui.table.FieldFormat.Choice;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** The import wizard's value table: reading a cell text by hand, remembering it, and the import's progress. */
class SheetValuesTest extends AtlasWindowTest {

    @Override
    void open(Stage stage) {
        app.startEmpty(stage);
    }

    @Test
    void aCountryTheRulesCannotReadIsChosenByHandFromTheKeyboardAndRemembered(FxRobot robot) throws Exception {
        Path csv = dir.resolve("хабы.csv");
        Files.writeString(csv, "Название;Страна\nОлоло;Кыргызская Респ.\nЦентр «Тұран»;Казахстан\n"
                + "Твоя школа;Кыргызская Респ.\n");
        TableView<ValueRow> values = checkRows(robot, csv);
        ValueRow unread = values.getItems().get(0);
        assertEquals(List.of("Кыргызская Респ.", 2, false), List.of(unread.text(), unread.rows(), unread.readable()),
                "the text the rules cannot read comes first, with its rows");
        assertTrue(summary(robot).startsWith("3 rows: 1 will be imported, 2 with problems"), summary(robot));

        robot.clickOn(cellOf(robot, values, 0, "valueText"));
        robot.type(KeyCode.ENTER);
        robot.write("Kyrgyzstan");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("KG", unread.chosen().get());
        FxWait.until(10, () -> summary(robot).startsWith("3 rows: 3 will be imported"));
        assertEquals("KG  Kyrgyzstan", cellOf(robot, values, 0, "valueReading").getText());

        robot.clickOn("#importRows");
        FxWait.until(10, () -> robot.lookup("#sheetDone").queryAs(Label.class)
                .getText().equals("3 rows imported, 0 left out."));
        try (Catalogue store = Catalogue.open(app.db)) {
            List<Actor> stored = store.actors().ofType(ActorType.ORGANISATION);
            assertEquals(List.of("KG", "KG", "KZ"), stored.stream().map(Actor::country).sorted().toList());
            assertTrue(stored.stream().anyMatch(a -> a.name().equals("Твоя школа") && "KG".equals(a.country())));
        }
        robot.clickOn(robot.lookup(".button").match(LabeledMatchers.hasText("Close")).queryAs(Node.class));

        TableView<ValueRow> again = checkRows(robot, csv);
        assertEquals("KG", again.getItems().get(0).chosen().get(), "the choice is remembered for these headers");
        assertNull(again.getItems().get(1).chosen().get(), "texts the rules read stay as read");
        assertTrue(summary(robot).startsWith("3 rows: 3 will be imported"), summary(robot));
        robot.clickOn(robot.lookup(".button").match(LabeledMatchers.hasText("Close")).queryAs(Node.class));
    }

    /** The same keys as in the main tables' choice editor (ChoiceEditingTest), here in the wizard's ChoiceCell. */
    @Test
    void arrowsOnlyMoveThroughTheOpenReadingsEscapeKeepsTheReadingAndEnterTakesTheOneFound(FxRobot robot)
            throws Exception {
        Path csv = dir.resolve("хабы.csv");
        Files.writeString(csv, "Название;Страна\nОлоло;Кыргызская Респ.\nЦентр «Тұран»;Казахстан\n");
        TableView<ValueRow> values = checkRows(robot, csv);
        ValueRow unread = values.getItems().get(0);
        assertEquals("Кыргызская Респ.", unread.text());
        TableCell<?, ?> reading = cellOf(robot, values, 0, "valueReading");
        String unknown = reading.getText();
        String problems = summary(robot);
        assertTrue(problems.startsWith("2 rows: 1 will be imported, 1 with problems"), problems);

        robot.clickOn(cellOf(robot, values, 0, "valueText"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<?> box = robot.from(reading).lookup(".combo-box").queryAs(ComboBox.class);
        ListView<?> list = AtlasWindowFixture.openList(robot, box)
                .orElseThrow(() -> new AssertionError("Enter opens the readings on the screen"));
        assertEquals(unknown, ((Choice) list.getSelectionModel().getSelectedItem()).label(), "at the reading now");
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, list.getSelectionModel().getSelectedIndex(), "the arrows move the highlight");
        assertNull(unread.chosen().get(), "and pick nothing");
        assertTrue(reading.isEditing() && AtlasWindowFixture.openList(robot, box).isPresent(), "the list stays open");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(reading.isEditing(), "Escape closes the list");
        assertTrue(AtlasWindowFixture.openList(robot, box).isEmpty(), "on the screen too");
        assertNull(unread.chosen().get(), "and keeps the reading as it was");
        assertTrue(unread.unread(), "the text is still not recognised");
        assertEquals(unknown, cellOf(robot, values, 0, "valueReading").getText());
        // a choice would re-run the preview in the background: give one the time to show before saying none came
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(problems, summary(robot), "the problem count stays");

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(reading.isEditing(), "Enter opens the readings again");
        robot.write("Kyrg").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("KG", unread.chosen().get(), "Enter takes the reading found by typing");
        assertFalse(unread.unread());
        FxWait.until(10, () -> summary(robot).startsWith("2 rows: 2 will be imported"));
        assertEquals("KG  Kyrgyzstan", cellOf(robot, values, 0, "valueReading").getText());
        robot.clickOn(robot.lookup(".button").match(LabeledMatchers.hasText("Close")).queryAs(Node.class));
    }

    @Test
    void theProgressBarFillsAndCancelImportsNothing(FxRobot robot) throws Exception {
        Path csv = dir.resolve("many.csv");
        StringBuilder rows = new StringBuilder("name,country,kind\n");
        for (int i = 0; i < 150_000; i++) {
            rows.append("Hub ").append(i).append(",Kazakhstan,creative hub\n");
        }
        Files.writeString(csv, rows);
        checkRows(robot, csv);
        ProgressBar bar = robot.lookup("#sheetProgress").queryAs(ProgressBar.class);
        Button cancel = robot.lookup("#cancelImport").queryAs(Button.class);
        assertFalse(cancel.isVisible(), "Cancel shows only while importing");

        robot.clickOn("#importRows");
        FxWait.until(20, () -> bar.getProgress() > 0);
        assertTrue(bar.getProgress() < 1, "part of the rows stored: " + bar.getProgress());
        robot.interact(cancel::fire);
        FxWait.until(20, () -> robot.lookup("#sheetStatus").queryAs(Label.class)
                .getText().equals("Import cancelled: nothing was imported."));
        assertFalse(cancel.isVisible());
        try (Catalogue store = Catalogue.open(app.db)) {
            assertEquals(0, store.actors().count(), "the import rolled back");
        }

        robot.clickOn("#importRows");
        Label done = robot.lookup("#sheetDone").queryAs(Label.class);
        FxWait.until(30,
                () -> done.getText().startsWith("150,000 rows imported, 0 left out."));
        assertTrue(done.getText().contains("File ▸ Restore backup"), done.getText());
        assertEquals(1.0, bar.getProgress());
        try (Catalogue store = Catalogue.open(app.db)) {
            assertEquals(150_000, store.actors().count(), "a cancelled import can be run again");
            assertTrue(new BackupService(store).list().stream().anyMatch(b -> b.actors() == 0),
                    "a backup from just before the import can take it back");
        }
        robot.clickOn(robot.lookup(".button").match(LabeledMatchers.hasText("Close")).queryAs(Node.class));
    }

    /** Opens the wizard on a file and checks its rows with the columns as guessed; returns the value table. */
    @SuppressWarnings("unchecked")
    private static TableView<ValueRow> checkRows(FxRobot robot, Path csv) throws Exception {
        DataCareWindowTest.menu(robot, "File", "Import spreadsheet…");
        robot.interact(() -> robot.lookup("#sheetFile").queryAs(TextField.class).setText(csv.toString()));
        robot.clickOn("#sheetFile").type(KeyCode.ENTER);
        FxWait.until(20, () -> robot.lookup("#target-1").tryQuery().isPresent());
        robot.clickOn("#checkRows");
        TableView<ValueRow> values = robot.lookup("#valueTable").queryAs(TableView.class);
        FxWait.until(20, () -> !values.getItems().isEmpty());
        return values;
    }

    private static String summary(FxRobot robot) {
        return robot.lookup("#checkSummary").queryAs(Label.class).getText();
    }

    private static TableCell<?, ?> cellOf(FxRobot robot, TableView<ValueRow> table, int index, String columnId) {
        return robot.from(table).lookup(".table-cell").match((Node n) -> n instanceof TableCell<?, ?> c
                && c.getIndex() == index && c.getTableColumn() != null
                && columnId.equals(c.getTableColumn().getId())).queryAs(TableCell.class);
    }
}
