package org.creativeatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.model.Problem;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A researcher whose window speaks Kazakh imports a file that cannot be read, as a document and as a spreadsheet,
 * and reads why in Kazakh, not in the English of the command line.
 */
class RefusedFileWorkflowTest extends AtlasWindowTest {

    private static final Messages KAZAKH = UiLanguage.KK.messages();

    @Override
    void open(Stage stage) {
        app.startEmpty(stage);
    }

    @Test
    void aBinaryFileImportedAsADocumentIsRefusedInKazakh(FxRobot robot) throws Exception {
        app.chooseLanguage(robot, UiLanguage.EN, UiLanguage.KK);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 1, 2, 3};
        Path image = Files.write(dir.resolve("сурет.txt"), png);

        app.importFiles(robot, image);
        FxWait.until(15, () -> robot.lookup("#importFiles .list-cell")
                .match((ListCell<?> c) -> c.getText() != null && !c.getText().isEmpty()).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        String shown = robot.lookup("#importFiles .list-cell").match((ListCell<?> c) -> c.getText() != null
                && !c.getText().isEmpty()).queryAs(ListCell.class).getText();

        assertEquals("сурет.txt — " + KAZAKH.problem(Problem.of("document.binary.extension")), shown);
        assertTrue(shown.contains("екілік деректер"), shown);
        assertFalse(ShownText.hasEnglish(shown), shown);
        robot.clickOn(robot.from(robot.lookup("#importProgress").queryAs(Parent.class)).lookup(".button")
                .match(LabeledMatchers.hasText(KAZAKH.get("action.close"))).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aMalformedCsvIsRefusedInKazakhByTheSpreadsheetWizard(FxRobot robot) throws Exception {
        app.chooseLanguage(robot, UiLanguage.EN, UiLanguage.KK);
        Path csv = Files.writeString(dir.resolve("ұйымдар.csv"), "Атауы;Елі;Қаласы\n"
                + "Алатоо;Қырғызстан;Бішкек\n\"Тұран\" университеті;Қазақстан;Алматы\n");

        DataCareWindowTest.menu(robot, KAZAKH.get("menu.file"), KAZAKH.get("menu.file.import_spreadsheet"));
        Parent wizard = robot.lookup(".sheet-import").queryAs(Parent.class);
        robot.interact(() -> robot.lookup("#sheetFile").queryAs(TextField.class).setText(csv.toString()));
        robot.clickOn("#sheetFile").type(KeyCode.ENTER);
        Label status = robot.lookup("#sheetStatus").queryAs(Label.class);
        FxWait.until(10, () -> !status.getText().isEmpty()
                && !status.getText().equals(KAZAKH.get("sheet.working")));
        WaitForAsyncUtils.waitForFxEvents();

        String shown = status.getText();
        assertEquals("ұйымдар.csv: " + KAZAKH.problem(Problem.of("sheet.csv.after_quote", 3)), shown);
        assertTrue(shown.contains("3-жолдан басталатын жазбада"), shown);
        assertFalse(ShownText.hasEnglish(shown), shown);
        assertEquals(List.of(), ShownText.cut(wizard), "the long reason wraps and leaves the buttons whole");
        robot.clickOn(robot.from(wizard).lookup(".button").match(LabeledMatchers.hasText(KAZAKH.get("action.close")))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
