package org.creativeatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.ui.report.ReportViewModel;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A report of a filter, as a researcher makes one: countries checked, cleared and checked again in the filter bar,
 * then File ▸ Report (Ctrl+P). The report holds the countries the filter shows, and their actors, and no other.
 */
class ReportWorkflowTest extends AtlasWindowTest {

    @Test
    void theReportFollowsTheFilterItWasOpenedWith(FxRobot robot) throws Exception {
        List<String> kyrgyz = new ArrayList<>();
        List<String> kazakhOnly = new ArrayList<>();
        try (Catalogue store = Catalogue.open(app.db)) {
            for (Actor a : store.actors().ofType(ActorType.ORGANISATION)) {
                if ("KG".equals(a.country()) && a.name().length() < 30) {
                    kyrgyz.add(a.name());
                } else if ("KZ".equals(a.country()) && store.links().of(a.id()).isEmpty()) {
                    kazakhOnly.add(a.name());
                }
            }
        }
        assertFalse(kyrgyz.isEmpty() || kazakhOnly.isEmpty(), "the seed has both");
        AtlasWindowFixture.check(robot, "#countryFilter", "KZ", "KZ  Kazakhstan");
        AtlasWindowFixture.check(robot, "#countryFilter", "UZ", "UZ  Uzbekistan");
        AtlasWindowFixture.clearFilter(robot);
        AtlasWindowFixture.check(robot, "#countryFilter", "KG", "KG  Kyrgyzstan");

        Report report = report(robot);

        assertEquals(List.of("Kyrgyzstan"), report.countries(), "one section, for the country chosen");
        for (String name : kyrgyz) {
            assertTrue(report.text().contains(name), name);
        }
        for (String name : kazakhOnly) {
            assertFalse(report.text().contains(name), name + " is outside the filter");
        }
    }

    /** What the report window previews, saved as Save does once a file is chosen (no file chooser headless). */
    private Report report(FxRobot robot) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.P);
        FxWait.until(30, () -> robot.lookup("#pageCount").tryQuery()
                .map(n -> !((Label) n).getText().equals("/ 0")).orElse(false));
        ReportViewModel model = (ReportViewModel) robot.lookup(".report-window").query().getUserData();
        Path pdf = dir.resolve("report.pdf");
        robot.interact(() -> model.save(pdf));
        FxWait.until(30, () -> model.status().get().contains("report.pdf"));
        Stage window = (Stage) robot.lookup(".report-window").query().getScene().getWindow();
        robot.interact(window::close);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> countries = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                collectCountries(item, countries);
            }
            return new Report(countries, new PDFTextStripper().getText(document).replaceAll("\\s+", " "));
        }
    }

    private static void collectCountries(PDOutlineItem item, List<String> countries) {
        for (String country : List.of("Kazakhstan", "Kyrgyzstan", "Uzbekistan", "Tajikistan", "Turkmenistan")) {
            if (item.getTitle().equals(country)) {
                countries.add(country);
            }
        }
        item.children().forEach(child -> collectCountries(child, countries));
    }

    private record Report(List<String> countries, String text) {
    }
}
