package org.creativeatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.creativeatlas.logic.backup.BackupService;
import org.creativeatlas.logic.duplicates.DuplicatePair;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Link;
import org.creativeatlas.model.LinkType;
import org.creativeatlas.model.NameVariant;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.ui.sheets.ValueRow;
import org.creativeatlas.ui.viewmodel.ActorItem;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** Finding and merging duplicates, and restoring a backup, driven through the window on a small catalogue. */
class DataCareWindowTest extends AtlasWindowTest {

    private long cyrillic;
    private long latin;

    @Override
    void open(Stage stage) {
        try (Catalogue store = Catalogue.open(app.db)) {
            cyrillic = person(store, "Данияр Аманалиев", "Бишкек");
            latin = person(store, "Daniyar Amanaliev", "Bishkek");
            link(store, cyrillic, "Ololo Centre");
            link(store, latin, "Kyrgyz Film Fund");
        }
        app.startEmpty(stage);
    }

    private static long person(Catalogue store, String name, String city) {
        return store.actors().insert(Actor.named(ActorType.PERSON, name).with(ActorField.COUNTRY, "KG")
                .with(ActorField.CITY, city)).id();
    }

    private static void link(Catalogue store, long person, String organisation) {
        long org = store.actors().insert(Actor.named(ActorType.ORGANISATION, organisation)).id();
        store.links().insert(new Link(0, LinkType.AFFILIATION, person, org, "curator", null, null, null));
    }

    @Test
    void aPairFoundAcrossScriptsIsMergedAndUndone(FxRobot robot) throws Exception {
        menu(robot, "Edit", "Find duplicates…");
        TableView<?> pairs = robot.lookup("#duplicatePairs").queryAs(TableView.class);
        FxWait.until(10, () -> !pairs.getItems().isEmpty());
        DuplicatePair pair = (DuplicatePair) pairs.getItems().get(0);
        assertEquals(List.of(cyrillic, latin), List.of(pair.first().id(), pair.second().id()));
        assertTrue(robot.lookup("Daniyar Amanaliev").tryQuery().isPresent(), "the pair is listed by name");

        robot.clickOn("#mergeButton");
        FxWait.until(5, () -> robot.lookup("#mergeDialog").tryQuery().isPresent());
        robot.clickOn(dialogButton(robot, "Merge"));
        FxWait.until(10, () -> pairs.getItems().isEmpty());
        try (Catalogue store = Catalogue.open(app.db)) {
            assertEquals(1, store.actors().ofType(ActorType.PERSON).size(), "one person remains");
            assertEquals(List.of("Daniyar Amanaliev"),
                    store.variants().of(cyrillic).stream().map(NameVariant::text).toList());
            assertEquals(2, store.links().of(cyrillic).size(), "both people's links");
        }
        assertEquals(1, AtlasWindowFixture.table(robot, "person").getItems().size());

        robot.clickOn(robot.lookup(".button").match(LabeledMatchers.hasText("Close")).queryAs(Node.class));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        try (Catalogue store = Catalogue.open(app.db)) {
            assertEquals(2, store.actors().ofType(ActorType.PERSON).size(), "undo brings both back");
            assertEquals(1, store.links().of(latin).size());
            assertTrue(store.variants().of(cyrillic).isEmpty());
        }
        assertEquals(2, AtlasWindowFixture.table(robot, "person").getItems().size());
    }

    @Test
    void aRussianCsvIsCheckedBeforeAnythingIsWrittenThenImported(FxRobot robot) throws Exception {
        Path csv = dir.resolve("организации.csv");
        Files.writeString(csv, "Название;Страна;Город\nЦентр «Тұран»;Казахстан;Алматы\nОлоло;Киргизия;Бишкек\n"
                + "Арт-резиденция;Атлантида;Нигде\n");
        menu(robot, "File", "Import spreadsheet…");
        robot.interact(() -> robot.lookup("#sheetFile").queryAs(TextField.class).setText(csv.toString()));
        robot.clickOn("#sheetFile").type(KeyCode.ENTER);
        FxWait.until(10, () -> robot.lookup("#target-2").tryQuery().isPresent());
        assertEquals("country", robot.lookup("#target-1").queryAs(ComboBox.class).getValue(), "guessed from Страна");

        robot.clickOn("#checkRows");
        FxWait.until(10, () -> !robot.lookup("#problemList").queryAs(ListView.class)
                .getItems().isEmpty());
        List<?> problems = robot.lookup("#problemList").queryAs(ListView.class).getItems();
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).toString().startsWith("Row 4, Страна"), problems.get(0).toString());
        List<ValueRow> values = robot.lookup("#valueTable").queryAs(TableView.class).getItems();
        assertEquals(List.of("Атлантида", "Казахстан", "Киргизия"), values.stream().map(ValueRow::text).toList(),
                "the unreadable text first");
        assertEquals("as read: KG  Kyrgyzstan", values.get(2).choices().get(0).label(), "how a country name will be read");
        try (Catalogue store = Catalogue.open(app.db)) {
            assertEquals(2, store.actors().ofType(ActorType.ORGANISATION).size(), "nothing written before Import");
        }

        robot.clickOn("#importRows");
        FxWait.until(10, () -> robot.lookup("#sheetDone").queryAs(Label.class)
                .getText().startsWith("2 rows imported"));
        // the rows follow in the same event as the message: wait for it to end
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ActorItem> organisations = AtlasWindowFixture.table(robot, "organisation");
        assertTrue(organisations.getItems().stream().anyMatch(i -> i.actor().name().equals("Ололо")
                && "KG".equals(i.actor().country())), "the table shows the new rows");
        try (Catalogue store = Catalogue.open(app.db)) {
            List<Actor> stored = store.actors().ofType(ActorType.ORGANISATION);
            assertEquals(4, stored.size());
            assertTrue(stored.stream().anyMatch(a -> a.name().equals("Центр «Тұран»") && "KZ".equals(a.country())
                    && "Алматы".equals(a.city())));
        }

        // the import is one undo step in the main window
        robot.clickOn(robot.lookup(".button").match(LabeledMatchers.hasText("Close")).queryAs(Node.class));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        try (Catalogue store = Catalogue.open(app.db)) {
            assertEquals(2, store.actors().ofType(ActorType.ORGANISATION).size(), "undo takes the import out");
        }
        assertEquals(2, organisations.getItems().size());
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, organisations.getItems().size(), "redo puts it back");
    }

    @Test
    void restoringABackupBringsBackADeletedActor(FxRobot robot) throws Exception {
        Path backups = app.db.resolveSibling(BackupService.FOLDER);
        FxWait.until(10, () -> countFiles(backups) > 0);
        TableView<ActorItem> people = AtlasWindowFixture.table(robot, "person");
        showPeople(robot);
        robot.clickOn(AtlasWindowFixture.cell(robot, people, AtlasWindowFixture.indexOf(people, latin), "name"))
                .type(KeyCode.DELETE);
        robot.clickOn(dialogButton(robot, "Delete"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(-1, AtlasWindowFixture.indexOf(people, latin), "deleted");

        menu(robot, "File", "Restore backup…");
        TableView<?> list = robot.lookup("#backupList").queryAs(TableView.class);
        FxWait.until(10, () -> !list.getItems().isEmpty());
        robot.interact(() -> list.getSelectionModel().selectFirst());
        Node before = robot.lookup("#table-organisation").query();
        robot.clickOn(dialogButton(robot, "Restore"));
        robot.clickOn(dialogButton(robot, "Restore"));
        // the window is rebuilt on the restored content
        FxWait.until(15, () -> robot.lookup("#table-organisation").tryQuery().filter(t -> t != before).isPresent());
        showPeople(robot);
        assertTrue(AtlasWindowFixture.indexOf(AtlasWindowFixture.table(robot, "person"), latin) >= 0,
                "the window shows it again");
        try (Catalogue store = Catalogue.open(app.db)) {
            assertTrue(store.actors().byId(latin).isPresent(), "the deleted person is back in the file");
        }
        assertTrue(countFiles(backups) >= 2, "the state before the restore was backed up");
    }

    private static void showPeople(FxRobot robot) {
        TabPane tabs = robot.lookup(".type-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(
                tabs.getTabs().stream().filter(t -> "tab-person".equals(t.getId())).findFirst().orElseThrow()));
    }

    /** Opens a menu of the main window and clicks one of its entries. */
    static void menu(FxRobot robot, String menu, String entry) {
        robot.clickOn(menu);
        robot.clickOn(robot.lookup(".context-menu .label").match(LabeledMatchers.hasText(entry)).queryAll().stream()
                .filter(n -> n.getScene() != null && n.isVisible()).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A button of the dialog in front (another window may have a button of the same name). */
    static Node dialogButton(FxRobot robot, String text) throws Exception {
        FxWait.until(5, () -> robot.lookup(".dialog-pane .button")
                .match(LabeledMatchers.hasText(text)).tryQuery().isPresent());
        return robot.lookup(".dialog-pane .button").match(LabeledMatchers.hasText(text)).query();
    }

    private static long countFiles(Path folder) throws java.io.IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".db")).count();
        }
    }
}
