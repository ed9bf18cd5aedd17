package org.creativeatlas.logic.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.creativeatlas.logic.CatalogueStats;
import org.creativeatlas.logic.filter.ActorFilter;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Countries;
import org.creativeatlas.store.Catalogue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report of the seed catalogue, read back through its text layer, metadata and bookmarks. */
class SeedReportTest {

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

    @Test
    void countrySectionsComeCentralAsiaFirstThenByNameThenNoCountry() {
        try (ReportDocument report = ReportWriter.layout(catalogue, ReportOptions.of("en"), ReportListener.NONE)) {
            List<String> marks = ReportFixture.bookmarks(report);
            List<String> sections = marks.subList(2, marks.size() - 1);
            List<String> expected = new ArrayList<>();
            Set<String> present = CatalogueStats.of(catalogue).byCountry().keySet();
            Countries.CENTRAL_ASIA.stream().filter(present::contains).forEach(c -> expected.add(englishName(c)));
            present.stream().filter(c -> !Countries.CENTRAL_ASIA.contains(c) && !c.equals(CatalogueStats.NO_COUNTRY))
                    .map(SeedReportTest::englishName).sorted().forEach(expected::add);
            expected.add("No country given");
            assertEquals(List.of("Summary", "Methodology"), marks.subList(0, 2));
            assertEquals(expected, sections);
            assertEquals("Index of actors", marks.get(marks.size() - 1));
            String text = ReportFixture.text(report);
            int last = -1;
            for (String section : sections) {
                int at = text.indexOf("\n" + section + "\n", last + 1);
                assertTrue(at > last, section + " heading in order");
                last = at;
            }
        }
    }

    @Test
    void summaryCountsMatchTheCatalogue() {
        CatalogueStats stats = CatalogueStats.of(catalogue);
        try (ReportDocument report = ReportWriter.layout(catalogue, ReportOptions.of("en"), ReportListener.NONE)) {
            String summary = ReportFixture.flat(ReportFixture.text(report.pdf(), 2, 2));
            for (Map.Entry<String, Map<ActorType, Integer>> country : stats.byCountry().entrySet()) {
                String name = country.getKey().equals(CatalogueStats.NO_COUNTRY) ? "No country given"
                        : englishName(country.getKey());
                StringBuilder row = new StringBuilder(name);
                int total = 0;
                for (ActorType type : ActorType.values()) {
                    int n = country.getValue().getOrDefault(type, 0);
                    row.append(' ').append(n);
                    total += n;
                }
                row.append(' ').append(total);
                assertTrue(summary.contains(row.toString()), row + " in " + summary);
            }
            StringBuilder totals = new StringBuilder("Total");
            stats.byType().values().forEach(n -> totals.append(' ').append(n));
            assertTrue(summary.contains(totals.append(' ').append(stats.total()).toString()), totals.toString());
        }
    }

    @Test
    void theSummarySaysItsCountsInTheSingularOrThePlural() {
        ReportOptions kz = ReportOptions.of("en").withFilter(ActorFilter.NONE.withCountries(Set.of("KZ")));
        try (ReportDocument one = ReportWriter.layout(catalogue, kz, ReportListener.NONE);
             ReportDocument all = ReportWriter.layout(catalogue, ReportOptions.of("en"), ReportListener.NONE)) {
            String oneSection = intro(one);
            String sections = intro(all);

            assertTrue(oneSection.matches("This report covers \\d+ actors in 1 country section\\."), oneSection);
            assertTrue(sections.matches("This report covers \\d+ actors in \\d+ country sections\\."), sections);
        }
    }

    @Test
    void aReportOfOneCountryNamesNoActorOfAnother() {
        ReportOptions kz = ReportOptions.of("en").withFilter(ActorFilter.NONE.withCountries(Set.of("KZ")));
        List<Actor> all = catalogue.actors().all();
        StringBuilder ownText = new StringBuilder();
        all.stream().filter(a -> "KZ".equals(a.country())).forEach(a -> ownText.append(a.name()).append('\n')
                .append(a.description()).append('\n').append(a.role()).append('\n'));
        catalogue.sources().all().forEach(s -> ownText.append(s.title()).append('\n'));
        try (ReportDocument report = ReportWriter.layout(catalogue, kz, ReportListener.NONE)) {
            String text = ReportFixture.flat(ReportFixture.text(report));
            int checked = 0;
            for (Actor a : all) {
                // a name the Kazakh actors' own words contain cannot tell anything apart
                if (!"KZ".equals(a.country()) && !ownText.toString().contains(a.name())) {
                    assertFalse(text.contains(a.name()), a.name() + " (" + a.country() + ") is outside the report");
                    checked++;
                }
            }
            assertTrue(checked > 20, "enough actors of other countries to check: " + checked);
            assertEquals(List.of("Summary", "Methodology", "Kazakhstan", "Index of actors"),
                    ReportFixture.bookmarks(report));
        }
    }

    @Test
    void everyNameComesBackExactlyWithKazakhAndRussianLetters() {
        try (ReportDocument report = ReportWriter.layout(catalogue, ReportOptions.of("kk"), ReportListener.NONE)) {
            String text = ReportFixture.flat(ReportFixture.text(report));
            List<Actor> all = catalogue.actors().all();
            for (Actor a : all) {
                assertTrue(text.contains(ReportFixture.flat(a.name())), a.name());
            }
            assertTrue(all.stream().anyMatch(a -> a.name().matches(".*[әғқңөұүһі].*")), "the seed has Kazakh names");
            assertTrue(text.contains("Жиынтық") && text.contains("Қазақстан"), "Kazakh labels and country names");
        }
    }

    @Test
    void metadataAndABookmarkPerCountry() {
        ReportOptions options = ReportOptions.of("ru").withTitle("Картирование: Қазақстан және Қырғызстан")
                .withAuthor("Әлия Нұрланқызы");
        try (ReportDocument report = ReportWriter.layout(catalogue, options, ReportListener.NONE)) {
            var info = report.pdf().getDocumentInformation();
            assertEquals("Картирование: Қазақстан және Қырғызстан", info.getTitle());
            assertEquals("Әлия Нұрланқызы", info.getAuthor());
            assertEquals("Creative Atlas", info.getCreator());
            assertTrue(info.getCreationDate() != null && info.getSubject() != null);
            List<String> marks = ReportFixture.bookmarks(report);
            for (String code : CatalogueStats.of(catalogue).byCountry().keySet()) {
                String name = code.equals(CatalogueStats.NO_COUNTRY) ? "Страна не указана"
                        : Countries.byCode(code).orElseThrow().nameRu();
                assertTrue(marks.contains(name), name + " in " + marks);
            }
            String first = ReportFixture.text(report.pdf(), 1, 1);
            assertTrue(first.contains("Әлия Нұрланқызы") && first.contains("seed.db"), first);
        }
    }

    @Test
    void pagesRenderForPreviewAtTheAskedScale() {
        try (ReportDocument report = ReportWriter.layout(catalogue, ReportOptions.of("en"), ReportListener.NONE)) {
            assertTrue(report.pageCount() > 5);
            var image = report.renderPage(report.pageCount() - 1, 0.5f);
            assertEquals(Math.round(PageFlow.PAGE.getWidth() * 0.5f), image.getWidth(), 1);
            assertEquals(Math.round(PageFlow.PAGE.getHeight() * 0.5f), image.getHeight(), 1);
        }
    }

    private static String englishName(String code) {
        return Countries.byCode(code).orElseThrow().nameEn();
    }

    /** The summary's first sentence, which counts the actors and the country sections. */
    private static String intro(ReportDocument report) {
        Matcher sentence = Pattern.compile("This report covers [^.]*\\.")
                .matcher(ReportFixture.flat(ReportFixture.text(report)));
        assertTrue(sentence.find(), "no summary sentence");
        return sentence.group();
    }
}
