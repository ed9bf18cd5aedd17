package org.creativeatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapCommandTest {

    @TempDir
    Path dir;

    @Test
    void theSeedCatalogueAsAKazakhSvg() throws IOException {
        Path db = Cli.seededCatalogue(dir);
        Path out = dir.resolve("map.svg");

        Cli.Result result = Cli.run("map", "--db", db.toString(), "--out", out.toString(), "--lang", "kk");

        assertEquals(0, result.exitCode(), result.err());
        String svg = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(svg.contains(">Бішкек · 45</text>"), "the seed's 45 actors in Bishkek, named in Kazakh");
        assertTrue(svg.contains(">Қазақстан</text>"));
        assertTrue(svg.contains("Natural Earth"), "attribution");
        assertFalse(svg.contains("Бишкек"), "no Russian name in a Kazakh map");
    }

    @Test
    void aPngOfOneCountry() throws IOException {
        Path db = Cli.seededCatalogue(dir);
        Path out = dir.resolve("kg.png");

        Cli.Result result = Cli.run("map", "--db", db.toString(), "--out", out.toString(), "--country", "kg",
                "--width", "800", "--height", "500");

        assertEquals(0, result.exitCode(), result.err());
        BufferedImage image = ImageIO.read(out.toFile());
        assertEquals(800, image.getWidth());
        assertEquals(500, image.getHeight());
    }

    @Test
    void badRequestsSayWhatIsWrongAndWriteNothing() throws IOException {
        Path db = Cli.seededCatalogue(dir);

        Cli.Result pdf = Cli.run("map", "--db", db.toString(), "--out", dir.resolve("map.pdf").toString());
        Cli.Result lang = Cli.run("map", "--db", db.toString(), "--out", dir.resolve("m.svg").toString(),
                "--lang", "de");
        Cli.Result country = Cli.run("map", "--db", db.toString(), "--out", dir.resolve("m.svg").toString(),
                "--country", "XX");

        for (Cli.Result r : new Cli.Result[] {pdf, lang, country}) {
            assertEquals(1, r.exitCode());
            assertEquals(1, r.errLines().size(), r.err());
        }
        assertTrue(pdf.err().contains(".svg or .png"));
        assertFalse(Files.exists(dir.resolve("map.pdf")));
        assertFalse(Files.exists(dir.resolve("m.svg")));
    }
}
