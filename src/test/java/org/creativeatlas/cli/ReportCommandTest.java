package org.creativeatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.creativeatlas.model.Actor;
import org.creativeatlas.store.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    @TempDir
    Path dir;

    @Test
    void reportOfTheSeedCatalogueHoldsItsKazakhNames() throws IOException {
        Path db = Cli.seededCatalogue(dir);
        Path out = dir.resolve("report.pdf");

        Cli.Result result = Cli.run("report", "--db", db.toString(), "--out", out.toString(), "--lang", "kk",
                "--title", "Орталық Азия: креативті индустриялар", "--author", "Зерттеу тобы");

        assertEquals(0, result.exitCode(), result.err());
        List<String> kazakhNames;
        try (Catalogue catalogue = Catalogue.open(db)) {
            kazakhNames = catalogue.actors().all().stream().map(Actor::name)
                    .filter(n -> n.matches(".*[әғқңөұүһі].*")).toList();
        }
        assertFalse(kazakhNames.isEmpty());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            kazakhNames.forEach(name -> assertTrue(text.contains(name.replaceAll("\\s+", " ")), name));
            assertTrue(text.contains("Орталық Азия: креативті индустриялар"));
            assertEquals("Зерттеу тобы", pdf.getDocumentInformation().getAuthor());
        }
    }

    @Test
    void oneCountryOnly() throws IOException {
        Path db = Cli.seededCatalogue(dir);
        Path out = dir.resolve("kg.pdf");

        Cli.Result result = Cli.run("report", "--db", db.toString(), "--out", out.toString(), "--country", "kg");

        assertEquals(0, result.exitCode(), result.err());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Kyrgyzstan"));
            assertFalse(text.contains("\nKazakhstan\n"), "no Kazakhstan section");
        }
    }

    @Test
    void anUnwritablePathExitsOneWithOneLineAndLeavesNoFile() throws IOException {
        Path db = Cli.seededCatalogue(dir);
        Path out = dir.resolve("missing-folder").resolve("report.pdf");

        Cli.Result result = Cli.run("report", "--db", db.toString(), "--out", out.toString());

        assertEquals(1, result.exitCode());
        assertEquals(1, result.errLines().size(), result.err());
        assertTrue(result.err().startsWith("Cannot write"), result.err());
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().contains("report")));
        }
    }

    @Test
    void badLanguageOrCountryExitsOne() throws IOException {
        Path db = Cli.seededCatalogue(dir);
        String out = dir.resolve("r.pdf").toString();

        Cli.Result language = Cli.run("report", "--db", db.toString(), "--out", out, "--lang", "de");
        Cli.Result country = Cli.run("report", "--db", db.toString(), "--out", out, "--country", "XX");

        assertEquals(1, language.exitCode());
        assertTrue(language.err().contains("de"), language.err());
        assertEquals(1, country.exitCode());
        assertTrue(country.err().contains("XX"), country.err());
        assertFalse(Files.exists(Path.of(out)));
    }
}
