package org.creativeatlas.logic.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.creativeatlas.logic.filter.ActorFilter;
import org.creativeatlas.model.Actor;
import org.creativeatlas.store.Catalogue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The report's maps and timeline on the seed catalogue, read back through the PDF's text layer and resources. */
class ReportMapsTest {

    @TempDir
    Path dir;

    private Catalogue catalogue;

    @BeforeEach
    void open() {
        catalogue = ReportFixture.seeded(dir);
    }

    @AfterEach
    void close() {
        catalogue.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"kk, Бішкек · 45, Алматы · 12, Қазақстан, Бишкек · 45", "ru, Бишкек · 45, Алматы · 12, Казахстан, Бішкек · 45",
        "en, Bishkek · 45, Almaty · 12, Kazakhstan, Бишкек · 45"})
    void theSummaryMapNamesCitiesWithCountsInTheReportsLanguage(String lang, String bishkek, String almaty,
                                                                String kazakhstan, String notThere) {
        try (ReportDocument report = ReportWriter.layout(catalogue, ReportOptions.of(lang), ReportListener.NONE)) {
            String summary = ReportFixture.text(report.pdf(), 2, 2);
            assertTrue(summary.contains(bishkek), summary);
            assertTrue(summary.contains(almaty));
            assertTrue(summary.contains(kazakhstan));
            assertFalse(ReportFixture.text(report).contains(notThere), "no city label in another language");
        }
    }

    @Test
    void everyCountrySectionOnTheMapHasItsOwnMap() {
        try (ReportDocument report = ReportWriter.layout(catalogue, ReportOptions.of("en"), ReportListener.NONE)) {
            String text = ReportFixture.text(report);
            int kyrgyzstan = text.indexOf("\nKyrgyzstan\n", text.indexOf("Methodology\n"));
            int nextSection = text.indexOf("\nSouth Korea\n", kyrgyzstan);
            String section = text.substring(kyrgyzstan, nextSection > 0 ? nextSection : text.length());
            assertTrue(section.contains("Bishkek · 45"), "the section's map labels its city");
            assertTrue(section.contains("Borders: Natural Earth"), "with its sources");
            int korea = text.indexOf("\nSouth Korea\n", kyrgyzstan);
            assertFalse(text.substring(korea, text.indexOf("\n", korea + 13) + 300).contains("Natural Earth"),
                    "a country beyond the region has no map");
        }
    }

    @Test
    void theMapsAreVectorGraphicsWithEmbeddedFonts() throws IOException {
        Path file = dir.resolve("kk.pdf");
        try (ReportDocument report = ReportWriter.layout(catalogue, ReportOptions.of("kk"), ReportListener.NONE)) {
            report.save(file);
        }
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDResources resources = pdf.getPage(1).getResources();
            for (COSName name : resources.getXObjectNames()) {
                assertFalse(resources.isImageXObject(name), "no picture on the summary page: the map is drawn");
            }
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertTrue(font.isEmbedded(), font.getName());
            }
            assertTrue(ReportFixture.text(pdf, 2, 2).contains("Бішкек · 45"), "Kazakh labels are text");
        }
    }

    @Test
    void theTimelineCountsEventsByYear() {
        List<Actor> events;
        events = catalogue.actors().all().stream().filter(a -> a.startDate() != null
                && a.startDate().startsWith("2024")).toList();
        try (ReportDocument report = ReportWriter.layout(catalogue, ReportOptions.of("en"), ReportListener.NONE)) {
            String text = ReportFixture.flat(ReportFixture.text(report));
            assertTrue(text.contains("Events and foundings by year"));
            assertTrue(text.contains("Events held Organisations founded Platforms launched"));
            assertTrue(text.contains(" 2024 "), "the year is on the axis");
            assertTrue(text.contains(String.valueOf(events.size())), "its count is over its bar");
        }
    }

    @Test
    void theChartByYearStartsOnThePageOfItsHeading() {
        ReportOptions kg = ReportOptions.of("kk").withFilter(ActorFilter.NONE.withCountries(Set.of("KG")));
        try (ReportDocument report = ReportWriter.layout(catalogue, kg, ReportListener.NONE)) {
            for (int page = 1; page <= report.pageCount(); page++) {
                String text = ReportFixture.text(report.pdf(), page, page);
                if (text.contains("Жылдар бойынша іс-шаралар")) {
                    assertTrue(text.contains("Өткен іс-шаралар"), "the chart's legend follows its heading: " + text);
                    return;
                }
            }
            throw new AssertionError("no chart by year in the report");
        }
    }

    @Test
    void aReportOfOneCountryFitsItsMapToIt() {
        ReportOptions kg = ReportOptions.of("en").withFilter(ActorFilter.NONE.withCountries(Set.of("KG")));
        try (ReportDocument report = ReportWriter.layout(catalogue, kg, ReportListener.NONE)) {
            String summary = ReportFixture.text(report.pdf(), 2, 2);
            assertTrue(summary.contains("Bishkek · 45"));
            assertFalse(summary.contains("Almaty"), "Kazakhstan's actors are not in a Kyrgyz report");
            assertEquals(-1, summary.indexOf("Astana"));
        }
    }
}
