package org.creativeatlas.logic.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.creativeatlas.logic.filter.ActorFilter;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Link;
import org.creativeatlas.model.LinkType;
import org.creativeatlas.store.Catalogue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports of awkward catalogues: empty selections, missing fields, very long text, letters the font lacks. */
class HardInputReportTest {

    private static final String KAZAKH_LETTERS = "Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі";

    @TempDir
    Path dir;

    private Catalogue catalogue;

    @BeforeEach
    void open() {
        catalogue = Catalogue.open(dir.resolve("hard.db"));
    }

    @AfterEach
    void close() {
        catalogue.close();
    }

    @Test
    void anEmptySelectionIsOnePageSayingSo() {
        add(Actor.named(ActorType.ORGANISATION, "Ұлттық өнер орталығы").with(ActorField.COUNTRY, "KZ"));
        ReportOptions turkmenistan = ReportOptions.of("en").withFilter(ActorFilter.NONE.withCountries(Set.of("TM")));
        try (ReportDocument report = ReportWriter.layout(catalogue, turkmenistan, ReportListener.NONE)) {
            assertEquals(1, report.pageCount());
            String text = ReportFixture.flat(ReportFixture.text(report));
            assertTrue(text.contains("No actors to report") && text.contains("Turkmenistan"), text);
            assertFalse(text.contains("Ұлттық"));
        }
    }

    @Test
    void aCountrysReportLaysOutItsLinksToActorsOfNoCountry() {
        Actor hub = catalogue.actors().insert(Actor.named(ActorType.ORGANISATION, "Ұлттық өнер орталығы")
                .with(ActorField.COUNTRY, "KZ"));
        Actor unesco = catalogue.actors().insert(Actor.named(ActorType.ORGANISATION, "UNESCO"));
        catalogue.links().insert(Link.of(LinkType.RELATION, hub.id(), unesco.id(), "partner"));
        ReportOptions kazakhstan = ReportOptions.of("en").withFilter(ActorFilter.NONE.withCountries(Set.of("KZ")));
        try (ReportDocument report = ReportWriter.layout(catalogue, kazakhstan, ReportListener.NONE)) {
            String text = ReportFixture.flat(ReportFixture.text(report));
            assertTrue(text.contains("Ұлттық өнер орталығы"), text);
        }
    }

    @Test
    void actorsWithOnlyANameAndKazakhLettersPrintExactly() {
        for (ActorType type : ActorType.values()) {
            add(Actor.named(type, type.code() + " " + KAZAKH_LETTERS));
        }
        try (ReportDocument report = ReportWriter.layout(catalogue, ReportOptions.of("ru"), ReportListener.NONE)) {
            String text = ReportFixture.flat(ReportFixture.text(report));
            for (ActorType type : ActorType.values()) {
                assertTrue(text.contains(type.code() + " " + KAZAKH_LETTERS), type.code());
            }
            assertTrue(text.contains("Страна не указана"), "the section of actors without a country");
        }
    }

    @Test
    void longNamesAndDescriptionsWrapInsideTheRightMargin() {
        String longWord = "https://example.org/" + "very-long-path-without-any-space-".repeat(12);
        String description = ("Креативті индустрияларды дамыту орталығы мен оның серіктестері туралы ұзақ сипаттама. ")
                .repeat(25);
        assertTrue(description.length() >= 2000);
        add(Actor.named(ActorType.ORGANISATION, "Өте ұзын атауы бар ұйым " + "Қазақстан ".repeat(20))
                .with(ActorField.COUNTRY, "KZ").with(ActorField.WEBSITE, longWord)
                .with(ActorField.DESCRIPTION, description));
        add(Actor.named(ActorType.EVENT, longWord).with(ActorField.COUNTRY, "KZ").with(ActorField.DESCRIPTION,
                description));
        add(Actor.named(ActorType.PERSON, "Person " + longWord).with(ActorField.ROLE, description));
        try (ReportDocument report = ReportWriter.layout(catalogue, ReportOptions.of("en"), ReportListener.NONE)) {
            float rightMargin = PageFlow.PAGE.getWidth() - PageFlow.MARGIN;
            assertTrue(ReportFixture.rightmostGlyph(report) <= rightMargin + 0.5f,
                    ReportFixture.rightmostGlyph(report) + " > " + rightMargin);
            String text = ReportFixture.text(report);
            // the long word is broken across lines, not dropped: all of it is there once the breaks are removed
            assertTrue(text.replaceAll("\\s+", "").contains(longWord), "the whole long word");
            String shortDescription = ProfileBlock.shortDescription(description);
            assertTrue(shortDescription.endsWith("…") && shortDescription.length() < description.length());
            assertTrue(ReportFixture.flat(text).contains(shortDescription), "a profile's description, shortened");
        }
    }

    @Test
    void lettersTheFontLacksShowAsPlaceholders() {
        add(Actor.named(ActorType.ORGANISATION, "北京 Creative 🎨 Hub").with(ActorField.COUNTRY, "KZ")
                .with(ActorField.DESCRIPTION, "Line one\nline\ttwo\u0007 ends"));
        try (ReportDocument report = ReportWriter.layout(catalogue, ReportOptions.of("en"), ReportListener.NONE)) {
            String text = ReportFixture.flat(ReportFixture.text(report));
            String box = new String(Character.toChars(FontFace.PLACEHOLDER));
            assertTrue(text.contains(box + box + " Creative " + box + " Hub"), text);
            assertTrue(text.contains("Line one line two ends"), text);
        }
    }

    @Test
    void anUnwritablePathGivesAOneLineMessageAndLeavesNoFile() throws IOException {
        add(Actor.named(ActorType.ORGANISATION, "Орталық"));
        Path target = dir.resolve("no-such-folder").resolve("report.pdf");
        ReportWriteException e = assertThrows(ReportWriteException.class,
                () -> ReportWriter.write(catalogue, ReportOptions.of("en"), target, ReportListener.NONE));
        assertEquals("Cannot write " + target.toAbsolutePath() + ": no such folder. Nothing was written.",
                e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertThrows(ReportWriteException.class,
                () -> ReportWriter.write(catalogue, ReportOptions.of("en"), dir, ReportListener.NONE));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(f -> !f.getFileName().toString().startsWith("hard.db")).toList());
        }
    }

    @Test
    void savingReplacesTheTargetInOneMove() throws IOException {
        add(Actor.named(ActorType.ORGANISATION, "Орталық"));
        Path target = dir.resolve("report.pdf");
        Files.writeString(target, "old");
        ReportWriter.write(catalogue, ReportOptions.of("en"), target, ReportListener.NONE);
        assertTrue(Files.readString(target, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")));
        }
    }

    @Test
    void cancellingStopsTheLayoutAndWritesNothing() {
        for (int i = 0; i < 300; i++) {
            add(Actor.named(ActorType.ORGANISATION, "Ұйым " + i).with(ActorField.COUNTRY, "KZ"));
        }
        List<Double> heard = new ArrayList<>();
        ReportListener stopAtHalf = (fraction, stage) -> {
            heard.add(fraction);
            return fraction < 0.3;
        };
        Path target = dir.resolve("cancelled.pdf");
        assertThrows(ReportCancelledException.class,
                () -> ReportWriter.write(catalogue, ReportOptions.of("en"), target, stopAtHalf));
        assertFalse(Files.exists(target));
        assertTrue(heard.get(heard.size() - 1) >= 0.3 && heard.get(heard.size() - 1) < 0.6, heard.toString());

        List<Double> all = new ArrayList<>();
        ReportWriter.layout(catalogue, ReportOptions.of("en"), (fraction, stage) -> all.add(fraction)).close();
        assertEquals(1.0, all.get(all.size() - 1));
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i) >= all.get(i - 1), "progress never goes back");
        }
    }

    @Test
    void theMethodologyNoteIsKeptInTheCatalogue() {
        add(Actor.named(ActorType.ORGANISATION, "Орталық"));
        assertTrue(Methodology.of(catalogue, "kk").startsWith("Есеп Creative Atlas"));
        Methodology.save(catalogue, "Біз 2025 жылы 40 ұйыммен сұхбат жүргіздік.");
        try (ReportDocument report = ReportWriter.layout(catalogue, ReportOptions.of("en"), ReportListener.NONE)) {
            assertTrue(ReportFixture.text(report).contains("Біз 2025 жылы 40 ұйыммен сұхбат жүргіздік."));
        }
        Methodology.save(catalogue, "  ");
        assertEquals(Methodology.defaultText("ru"), Methodology.of(catalogue, "ru"));
    }

    private void add(Actor actor) {
        catalogue.actors().insert(actor);
    }
}
