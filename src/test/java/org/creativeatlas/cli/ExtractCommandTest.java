package org.creativeatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.creativeatlas.logic.extract.ExtractionScore;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.creativeatlas.model.Countries;
import org.creativeatlas.testing.AppProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

    private static final Path SEEDS = Path.of("src", "test", "resources", "seeds-docs");
    private static final Path GOLD = Path.of("src", "test", "resources", "extract", "gold");
    private static final List<String> KEYS = List.of("doc", "type", "name", "country", "city", "role", "affiliation",
            "date");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");

    @TempDir
    Path dir;

    @Test
    void theSeedsGiveTheGoldShapeAndScoreAboveTheFloor() throws Exception {
        Path db = dir.resolve("empty.db");
        Cli.Result result = Cli.run("extract", "--db", db.toString(), SEEDS.toString());

        assertEquals(0, result.exitCode(), result.err());
        String json = new String(result.outBytes(), StandardCharsets.UTF_8);
        assertTrue(json.contains("университеті"), "Kazakh printed as it is, not escaped");
        List<ExtractionScore.Record> predicted = new ArrayList<>();
        for (JsonNode r : new ObjectMapper().readTree(json)) {
            List<String> keys = new ArrayList<>();
            r.fieldNames().forEachRemaining(keys::add);
            assertEquals(KEYS, keys);
            assertTrue(List.of("organisation", "platform", "event", "person").contains(r.get("type").asText()));
            assertTrue(r.get("country").isNull() || Countries.isKnown(r.get("country").asText()), r.toString());
            assertTrue(r.get("date").isNull() || DATE.matcher(r.get("date").asText()).matches(), r.toString());
            predicted.add(new ExtractionScore.Record(r.get("doc").asText(), r.get("type").asText(),
                    r.get("name").asText(), r.get("country").isNull() ? null : r.get("country").asText()));
        }
        ExtractionScore score = ExtractionScore.score(ExtractionScore.load(GOLD.resolve("seeds-gold.json")),
                predicted, ExtractionScore.load(GOLD.resolve("seeds-gold-optional.json")));
        assertTrue(score.f1() >= 0.93, score.toString());
        assertTrue(score.countryAccuracy() >= 0.95, score.toString());
    }

    @Test
    void aBadFileGetsOneLineAndTheOthersAreStillExtracted() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Cli.Result result = Cli.run("extract", "--db", dir.resolve("empty.db").toString(), empty.toString(),
                SEEDS.resolve("001_0f293abc41f6a8a0.txt").toString());

        assertEquals(1, result.exitCode());
        assertEquals(1, result.errLines().size(), result.err());
        assertTrue(result.err().startsWith("empty.txt: "), result.err());
        assertTrue(new ObjectMapper().readTree(result.out()).size() > 5);
    }

    @Test
    void matchesAgainstTheCatalogueWhenAsked() throws Exception {
        Path db = Cli.seededCatalogue(dir);
        Cli.Result result = Cli.run("extract", "--matches", "--db", db.toString(),
                SEEDS.resolve("000_69aca01674ece063.txt").toString());

        assertEquals(0, result.exitCode(), result.err());
        long same = 0;
        for (JsonNode r : new ObjectMapper().readTree(result.out())) {
            same += r.path("match").path("same").asBoolean() ? 1 : 0;
        }
        assertTrue(same >= 10, "seed actors found in the seed catalogue: " + same);
    }
    @Test
    void aValidPdfWithAFontThatIsNotEmbeddedGivesItsTextAndNothingOnStderr() throws Exception {
        // like many published PDFs: Times as one of the standard fonts a reader supplies, so none is embedded
        Path pdf = dir.resolve("news.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 12);
                text.newLineAtOffset(72, 700);
                text.showText("The Ministry of Culture of the Kyrgyz Republic opened the Bishkek Creative Hub.");
                text.endText();
            }
            doc.save(pdf.toFile());
        }

        AppProcess.Result result = AppProcess.start("extract", "--db", dir.resolve("atlas.db").toString(), pdf.toString())
                .await(120);

        assertEquals(0, result.exitCode(), result.err().toString());
        assertEquals(List.of(), result.err(), "PDFBox's notes on fonts it substitutes are not the user's business");
        assertTrue(String.join("\n", result.out()).contains("Bishkek Creative Hub"), result.out().toString());
    }
}
