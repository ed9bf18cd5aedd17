package org.creativeatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GraphExportCommandTest {

    private static final String GEXF = "http://gexf.net/1.3";

    @TempDir
    Path dir;

    @Test
    void gexfOfChosenCountriesHoldsOnlyTheirActorsWithNamesIntact() throws Exception {
        Path db = Cli.seededCatalogue(dir);
        Path out = dir.resolve("kz-kg.gexf");

        Cli.Result result = Cli.run("export", "--db", db.toString(), "--format", "gexf", "--country", "KZ,kg",
                "--out", out.toString());

        assertEquals(0, result.exitCode(), result.err());
        Document doc = parse(Files.readAllBytes(out));
        NodeList nodes = doc.getElementsByTagNameNS(GEXF, "node");
        assertTrue(nodes.getLength() > 0);
        boolean cyrillic = false;
        for (int i = 0; i < nodes.getLength(); i++) {
            Element node = (Element) nodes.item(i);
            assertTrue(Set.of("KZ", "KG").contains(countryOf(node)), node.getAttribute("label"));
            cyrillic |= node.getAttribute("label").chars().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.CYRILLIC);
        }
        assertTrue(cyrillic, "the seed catalogue names Kazakh actors in Cyrillic");
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")));
        }
    }

    @Test
    void graphMlToStandardOutputHasEveryActor() throws Exception {
        Path db = Cli.seededCatalogue(dir);

        Cli.Result whole = Cli.run("export", "--db", db.toString(), "--format", "graphml");
        Cli.Result stats = Cli.run("stats", "--db", db.toString(), "--json");

        assertEquals(0, whole.exitCode(), whole.err());
        int nodes = parse(whole.outBytes()).getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "node")
                .getLength();
        assertEquals(new ObjectMapper().readTree(stats.out()).get("actors").asInt(), nodes);
    }

    @Test
    void countryIsRefusedForJsonAndUnknownCodesAreRefused() throws Exception {
        Path db = Cli.seededCatalogue(dir);

        Cli.Result json = Cli.run("export", "--db", db.toString(), "--country", "KZ");
        Cli.Result unknown = Cli.run("export", "--db", db.toString(), "--format", "gexf", "--country", "XX");

        assertEquals(1, json.exitCode());
        assertTrue(json.err().contains("--country"), json.err());
        assertEquals(1, unknown.exitCode());
        assertTrue(unknown.err().contains("XX"), unknown.err());
    }

    private static String countryOf(Element node) {
        NodeList values = node.getElementsByTagNameNS(GEXF, "attvalue");
        for (int i = 0; i < values.getLength(); i++) {
            Element value = (Element) values.item(i);
            if (value.getAttribute("for").equals("country")) {
                return value.getAttribute("value");
            }
        }
        return null;
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
