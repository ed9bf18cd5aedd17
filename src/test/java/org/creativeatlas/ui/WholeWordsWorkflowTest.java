package org.creativeatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.logic.backup.BackupService;
import org.creativeatlas.logic.edit.CatalogueEditor;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.ui.network.NetworkController;
import org.creativeatlas.ui.viewmodel.ActorItem;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every window and dialog, opened as a researcher opens it, in Russian and in Kazakh (whose words are longer than
 * English ones) at its default size: its labels, buttons, check boxes, tabs, column headers and menus show their
 * whole words, none cut short to an ellipsis («Прин…»).
 */
class WholeWordsWorkflowTest extends AtlasWindowTest {

    /** The languages with the longer words, in the order the window is switched to them. */
    private static final List<UiLanguage> LONGER = List.of(UiLanguage.RU, UiLanguage.KK);

    private final List<String> cut = new ArrayList<>();
    private UiLanguage speaking = UiLanguage.EN;

    @Test
    void theMenusTheNetworksSideTabsAndTheMapShowTheirWholeWords(FxRobot robot) throws Exception {
        for (UiLanguage language : LONGER) {
            Messages m = speak(robot, language);
            for (String menu : List.of("menu.file", "menu.edit", "menu.view", "menu.help")) {
                robot.clickOn(m.get(menu));
                WaitForAsyncUtils.waitForFxEvents();
                for (Window popup : Window.getWindows()) {
                    if (popup instanceof ContextMenu && popup.isShowing()) {
                        note(language, m.get(menu), ShownText.cut(popup.getScene().getRoot()));
                    }
                }
                robot.type(KeyCode.ESCAPE);
            }
            showTab(robot, "tab-network");
            NetworkController network = (NetworkController) robot.lookup("#networkView").query().getUserData();
            FxWait.until(15, () -> !network.model().busy().get()
                    && !network.model().measures().isEmpty());
            for (String side : List.of("network.measures", "network.borders")) {
                robot.clickOn(robot.lookup(".network-side .tab-label").match(LabeledMatchers.hasText(m.get(side)))
                        .queryAs(Node.class));
                WaitForAsyncUtils.waitForFxEvents();
                note(language, side, ShownText.cut(robot.lookup(".main-view").queryAs(Parent.class)));
            }
            showTab(robot, "tab-map");
            FxWait.until(15, () -> !robot.lookup("#mapSummary").queryAs(Label.class)
                    .getText().isEmpty());
            WaitForAsyncUtils.waitForFxEvents();
            note(language, "map", ShownText.cut(robot.lookup(".main-view").queryAs(Parent.class)));
        }
        assertEquals(List.of(), cut);
    }

    @Test
    void theSheetImportWizardShowsItsWholeWordsOnEveryPage(FxRobot robot) throws Exception {
        Path csv = dir.resolve("организации.csv");
        Files.writeString(csv, "Название;Страна;Город;Сайт;Статус\n"
                + "Центр «Тұран»;Казахстан;Алматы;https://turan.kz;действует\n"
                + "Ололо;Киргизия;Бишкек;;закрыт\nАрт-резиденция;Атлантида;Нигде;;\n");
        for (UiLanguage language : LONGER) {
            Messages m = speak(robot, language);
            menu(robot, m, "menu.file", "menu.file.import_spreadsheet");
            Parent wizard = robot.lookup(".sheet-import").queryAs(Parent.class);
            note(language, "no file yet", ShownText.cut(wizard));

            robot.interact(() -> robot.lookup("#sheetFile").queryAs(TextField.class).setText(csv.toString()));
            robot.clickOn("#sheetFile").type(KeyCode.ENTER);
            FxWait.until(10, () -> robot.lookup("#target-4").tryQuery().isPresent());
            WaitForAsyncUtils.waitForFxEvents();
            note(language, "columns", ShownText.cut(wizard));

            robot.clickOn("#checkRows");
            FxWait.until(10, () -> !robot.lookup("#valueTable")
                    .queryAs(TableView.class).getItems().isEmpty());
            WaitForAsyncUtils.waitForFxEvents();
            note(language, "check", ShownText.cut(wizard));

            robot.clickOn("#importRows");
            FxWait.until(10, () -> robot.lookup("#sheetDone").queryAs(Label.class)
                    .isVisible() && !robot.lookup("#sheetDone").queryAs(Label.class).getText().isEmpty());
            WaitForAsyncUtils.waitForFxEvents();
            note(language, "done", ShownText.cut(wizard));
            close(robot, wizard, m);
        }
        assertEquals(List.of(), cut);
    }

    @Test
    void theDuplicatesWindowAndItsMergeDialogShowTheirWholeWords(FxRobot robot) throws Exception {
        try (Catalogue store = Catalogue.open(app.db)) {
            for (String name : List.of("Данияр Аманалиев", "Daniyar Amanaliev")) {
                store.actors().insert(Actor.named(ActorType.PERSON, name).with(ActorField.COUNTRY, "KG"));
            }
        }
        for (UiLanguage language : LONGER) {
            Messages m = speak(robot, language);
            menu(robot, m, "menu.edit", "menu.edit.find_duplicates");
            Parent window = robot.lookup(".duplicates-window").queryAs(Parent.class);
            FxWait.until(20, () -> !robot.lookup("#duplicatesStatus")
                    .queryAs(Label.class).getText().equals(m.get("duplicates.searching")));
            WaitForAsyncUtils.waitForFxEvents();
            note(language, "duplicates", ShownText.cut(window));
            robot.clickOn("#mergeButton");
            readAndCancel(robot, language, "mergeDialog", () -> robot.lookup("#mergeDialog").tryQuery().isPresent());
            close(robot, window, m);
        }
        assertEquals(List.of(), cut);
    }

    @Test
    void theReportWindowShowsItsWholeWords(FxRobot robot) throws Exception {
        for (UiLanguage language : LONGER) {
            speak(robot, language);
            robot.push(KeyCode.CONTROL, KeyCode.P);
            FxWait.until(30, () -> robot.lookup("#pageCount").tryQuery()
                    .map(n -> !((Label) n).getText().isEmpty() && !"/ 0".equals(((Label) n).getText())).orElse(false));
            WaitForAsyncUtils.waitForFxEvents();
            Parent window = robot.lookup(".report-window").queryAs(Parent.class);
            // the title's hint is the title the report gets if none is typed, a value as an actor's name is
            note(language, "report", ShownText.cut(window,
                    Set.of(robot.lookup("#reportTitle").queryAs(TextField.class).getPromptText())));
            robot.interact(() -> window.getScene().getWindow().hide());
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(List.of(), cut);
    }

    @Test
    void theConnectDialogShowsItsWholeWords(FxRobot robot) throws Exception {
        for (UiLanguage language : LONGER) {
            Messages m = speak(robot, language);
            menu(robot, m, "menu.file", "menu.file.connect");
            readAndCancel(robot, language, "connectDialog", () -> robot.lookup("#connectDialog").tryQuery().isPresent());
        }
        assertEquals(List.of(), cut);
    }

    @Test
    void theRestoreDialogShowsItsWholeWords(FxRobot robot) throws Exception {
        Path backups = app.db.resolveSibling(BackupService.FOLDER);
        FxWait.until(10, () -> hasBackup(backups));
        for (UiLanguage language : LONGER) {
            Messages m = speak(robot, language);
            menu(robot, m, "menu.file", "menu.file.restore_backup");
            readAndCancel(robot, language, "restoreDialog", () -> robot.lookup("#backupList").tryQuery()
                    .map(t -> !((TableView<?>) t).getItems().isEmpty()).orElse(false));
        }
        assertEquals(List.of(), cut);
    }

    /** A colleague (a second connection to the file) stores a city while the window shows the one before. */
    @Test
    void theConflictDialogShowsItsWholeWords(FxRobot robot) throws Exception {
        for (UiLanguage language : LONGER) {
            Messages m = speak(robot, language);
            TableView<ActorItem> table = AtlasWindowFixture.table(robot, "organisation");
            ActorItem chosen = table.getItems().get(0);
            try (Catalogue colleague = Catalogue.open(app.db)) {
                new CatalogueEditor(colleague).edit(chosen.actor(), ActorField.CITY, "Ош " + language.code());
            }
            robot.doubleClickOn(AtlasWindowFixture.cell(robot, table, 0, "city")).write("Бишкек");
            robot.type(KeyCode.ENTER);
            FxWait.until(5, () -> robot.lookup("#conflictDialog").tryQuery().isPresent());
            WaitForAsyncUtils.waitForFxEvents();
            note(language, "conflict", ShownText.cut(robot.lookup("#conflictDialog").queryAs(Parent.class)));
            robot.clickOn(DataCareWindowTest.dialogButton(robot, m.get("conflict.keep_theirs")));
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(List.of(), cut);
    }

    /** Switches the window to {@code language} from View ▸ Language and returns its words. */
    private Messages speak(FxRobot robot, UiLanguage language) throws Exception {
        app.chooseLanguage(robot, speaking, language);
        speaking = language;
        return language.messages();
    }

    /** Once {@code ready}, notes what the dialog {@code id} cuts short and closes it with its cancel button. */
    private void readAndCancel(FxRobot robot, UiLanguage language, String id, Callable<Boolean> ready)
            throws Exception {
        FxWait.until(10, ready);
        WaitForAsyncUtils.waitForFxEvents();
        note(language, id, ShownText.cut(robot.lookup("#" + id).queryAs(Parent.class)));
        robot.clickOn(DataCareWindowTest.dialogButton(robot, language.messages().get("action.cancel")));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the Close button of the window of {@code root}. */
    private static void close(FxRobot robot, Parent root, Messages m) {
        robot.clickOn(robot.from(root).lookup(".button").match(LabeledMatchers.hasText(m.get("action.close")))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean hasBackup(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".db"));
        }
    }

    private static void showTab(FxRobot robot, String id) {
        robot.clickOn(robot.lookup("#" + id).match(n -> n.getStyleClass().contains("tab")).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(id, robot.lookup(".type-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem()
                .getId());
    }

    private static void menu(FxRobot robot, Messages m, String menu, String entry) {
        DataCareWindowTest.menu(robot, m.get(menu), m.get(entry));
    }

    private void note(UiLanguage language, String where, List<String> found) {
        found.forEach(f -> cut.add(language.code() + " " + where + ": " + f));
    }
}
