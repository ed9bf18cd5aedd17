package org.creativeatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.creativeatlas.logic.filter.ActorFilter;
import org.creativeatlas.logic.report.Methodology;
import org.creativeatlas.logic.report.ReportDocument;
import org.creativeatlas.logic.report.ReportListener;
import org.creativeatlas.logic.report.ReportOptions;
import org.creativeatlas.logic.report.ReportWriter;
import org.creativeatlas.model.Actor;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.ui.report.ReportViewModel;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The report window on the seed catalogue: its preview matches the report's layout, its scope the main filter. */
class ReportWindowTest extends AtlasWindowTest {

    private static final String NOTE = "Деректер 2026 жылғы қазанда жиналды.";

    @Test
    void thePreviewHasTheReportsPagesAndTurnsThem(FxRobot robot) throws Exception {
        openReport(robot);
        int expected;
        try (Catalogue store = Catalogue.open(app.db);
             ReportDocument report = ReportWriter.layout(store, ReportOptions.of("en"), ReportListener.NONE)) {
            expected = report.pageCount();
        }
        assertTrue(expected > 2, "the seed report has several pages");
        assertEquals("/ " + expected, text(robot, "#pageCount"));
        assertEquals("1", robot.lookup("#pageField").queryAs(TextField.class).getText());

        robot.clickOn("#nextPage");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2", robot.lookup("#pageField").queryAs(TextField.class).getText());
        FxWait.until(10,
                () -> robot.lookup("#previewPage .image-view").queryAs(ImageView.class).getImage() != null);
    }

    @Test
    void escapeAndShortcutWCloseTheWindowAndGiveTheMainWindowBack(FxRobot robot) throws Exception {
        for (KeyCode[] keys : List.of(new KeyCode[] {KeyCode.ESCAPE}, new KeyCode[] {KeyCode.CONTROL, KeyCode.W})) {
            openReport(robot);
            robot.clickOn("#pageField");
            robot.push(keys);
            FxWait.until(10, () -> robot.lookup("#pageCount").tryQuery().isEmpty());
        }
        robot.push(KeyCode.CONTROL, KeyCode.P);
        FxWait.until(20, () -> robot.lookup("#pageCount").tryQuery().isPresent());
    }

    @Test
    void theScopeNamesTheCountryChosenInTheMainWindow(FxRobot robot) throws Exception {
        AtlasWindowFixture.check(robot, "#countryFilter", "KZ", "KZ  Kazakhstan");
        openReport(robot);
        String scope = text(robot, "#reportScope");
        assertTrue(scope.contains("Kazakhstan"), scope);
        assertFalse(scope.contains("Kyrgyzstan"), scope);
    }

    @Test
    void theDateIsWrittenAsTheWindowsLanguageWritesDates(FxRobot robot) throws Exception {
        app.chooseLanguage(robot, UiLanguage.EN, UiLanguage.KK);
        openReport(robot);

        String shown = robot.lookup("#datePicker").queryAs(DatePicker.class).getEditor().getText();
        assertEquals(LocalDate.now().format(DateTimeFormatter.ofPattern("dd.MM.yyyy")), shown);
        robot.clickOn("#datePicker .arrow-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Дс", robot.lookup(".date-picker-popup .day-name-cell").queryAs(Labeled.class).getText(),
                "the calendar's week begins on Monday, named in Kazakh");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void withoutADisplayPrintSaysWhyInsteadOfFailing(FxRobot robot) throws Exception {
        openReport(robot);
        robot.clickOn("#printReport");
        FxWait.until(10,
                () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        String header = robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText();
        assertEquals("Printing is not available here", header);
        robot.clickOn("Close");
    }

    /** Driven through the view model: a file chooser cannot be driven without a display. */
    @Test
    void saveWritesAPdfWithTheKazakhNamesAndTheEditedNoteOrSaysWhyNot(FxRobot robot) throws Exception {
        Path target = dir.resolve("report.pdf");
        Path nowhere = dir.resolve("missing-folder").resolve("report.pdf");
        String kazakhName;
        try (Catalogue store = Catalogue.open(app.db)) {
            kazakhName = store.actors().all().stream().map(Actor::name)
                    .filter(n -> n.matches(".*[әғқңөұүһі].*")).min(Comparator.comparing(String::length))
                    .orElseThrow();
            AtomicReference<ReportViewModel> model = new AtomicReference<>();
            robot.interact(() -> {
                model.set(new ReportViewModel(store, ActorFilter.NONE, UiLanguage.KK));
                model.get().form().note().set(NOTE);
                model.get().layOut();
            });
            FxWait.until(20, () -> model.get().preview().pageCount().get() > 0);

            robot.interact(() -> model.get().save(nowhere));
            FxWait.until(10, () -> model.get().problem().get() != null);
            assertEquals("Есепті сақтау мүмкін болмады", model.get().problem().get().header());
            assertEquals(nowhere.toAbsolutePath() + " файлына жазу мүмкін емес: мұндай қалта жоқ. Ештеңе жазылмады.",
                    model.get().problem().get().text(), "the reason in the window's language, not in English");
            assertFalse(Files.exists(nowhere.getParent()), "nothing was written");

            robot.interact(() -> model.get().save(target));
            FxWait.until(20, () -> model.get().status().get().contains("report.pdf"));

            robot.interact(() -> {
                model.get().problem().set(null);
                model.get().save(nowhere);
            });
            FxWait.until(10, () -> model.get().problem().get() != null);
            assertEquals("", model.get().status().get(), "a failure does not leave the last success in the status");
            robot.interact(() -> model.get().close());
            assertEquals(NOTE, Methodology.of(store, "kk"), "the edited note is kept in the catalogue");
        }
        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains(kazakhName), kazakhName);
            assertTrue(text.contains(NOTE), "the report prints the edited note");
        }
    }

    private static void openReport(FxRobot robot) throws TimeoutException {
        robot.push(KeyCode.CONTROL, KeyCode.P);
        FxWait.until(20,
                () -> robot.lookup("#pageCount").tryQuery().isPresent() && !"/ 0".equals(text(robot, "#pageCount")));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(robot.lookup("#previewPage").query());
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
