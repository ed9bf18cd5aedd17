package org.creativeatlas.logic.graph;

import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.creativeatlas.logic.graph.ExportColumns.Column;

/**
 * GraphML 1.0: one directed graph, nodes {@code n<actor id>}, edges {@code e<number>}; keys {@code d_<name>} and
 * {@code e_<name>} declared as strings, the node's name as key {@code d_name}.
 */
final class GraphMlWriter {

    static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    static final String NAME_KEY = "d_name";

    private GraphMlWriter() {
    }

    static void write(ActorGraph graph, XMLStreamWriter xml) throws XMLStreamException {
        xml.setDefaultNamespace(NS);
        xml.writeStartElement(NS, "graphml");
        xml.writeDefaultNamespace(NS);
        xml.writeNamespace("xsi", XSI);
        xml.writeAttribute(XSI, "schemaLocation", NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        key(xml, NAME_KEY, "node", "name");
        for (Column<GraphNode> column : ExportColumns.NODE) {
            key(xml, "d_" + column.id(), "node", column.id());
        }
        for (Column<GraphEdge> column : ExportColumns.EDGE) {
            key(xml, "e_" + column.id(), "edge", column.id());
        }
        xml.writeStartElement(NS, "graph");
        xml.writeAttribute("id", "actors");
        xml.writeAttribute("edgedefault", "directed");
        for (GraphNode node : graph.nodes()) {
            xml.writeStartElement(NS, "node");
            xml.writeAttribute("id", "n" + node.id());
            data(xml, NAME_KEY, node.name());
            values(xml, "d_", node, ExportColumns.NODE);
            xml.writeEndElement();
        }
        int id = 0;
        for (GraphEdge edge : graph.edges()) {
            xml.writeStartElement(NS, "edge");
            xml.writeAttribute("id", "e" + id++);
            xml.writeAttribute("source", "n" + edge.from());
            xml.writeAttribute("target", "n" + edge.to());
            values(xml, "e_", edge, ExportColumns.EDGE);
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void key(XMLStreamWriter xml, String id, String domain, String name) throws XMLStreamException {
        xml.writeEmptyElement(NS, "key");
        xml.writeAttribute("id", id);
        xml.writeAttribute("for", domain);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", "string");
    }

    private static <T> void values(XMLStreamWriter xml, String prefix, T item, List<Column<T>> columns)
            throws XMLStreamException {
        for (Column<T> column : columns) {
            data(xml, prefix + column.id(), column.value().apply(item));
        }
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        if (value != null) {
            xml.writeStartElement(NS, "data");
            xml.writeAttribute("key", key);
            xml.writeCharacters(ExportColumns.xmlSafe(value));
            xml.writeEndElement();
        }
    }
}
