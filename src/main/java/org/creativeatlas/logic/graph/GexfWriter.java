package org.creativeatlas.logic.graph;

import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.creativeatlas.logic.graph.ExportColumns.Column;

/**
 * GEXF 1.3: a static directed graph, node ids are actor ids, labels are names (edges: roles), attributes declared
 * once per class as strings and given per node or edge as attvalues.
 */
final class GexfWriter {

    static final String NS = "http://gexf.net/1.3";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private GexfWriter() {
    }

    static void write(ActorGraph graph, XMLStreamWriter xml) throws XMLStreamException {
        xml.setDefaultNamespace(NS);
        xml.writeStartElement(NS, "gexf");
        xml.writeDefaultNamespace(NS);
        xml.writeNamespace("xsi", XSI);
        xml.writeAttribute(XSI, "schemaLocation", NS + " http://gexf.net/1.3/gexf.xsd");
        xml.writeAttribute("version", "1.3");
        xml.writeStartElement(NS, "meta");
        xml.writeStartElement(NS, "creator");
        xml.writeCharacters("Creative Atlas");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement(NS, "graph");
        xml.writeAttribute("defaultedgetype", "directed");
        xml.writeAttribute("mode", "static");
        declare(xml, "node", ExportColumns.NODE);
        declare(xml, "edge", ExportColumns.EDGE);
        xml.writeStartElement(NS, "nodes");
        for (GraphNode node : graph.nodes()) {
            xml.writeStartElement(NS, "node");
            xml.writeAttribute("id", Long.toString(node.id()));
            xml.writeAttribute("label", ExportColumns.xmlSafe(node.name() == null ? "" : node.name()));
            values(xml, node, ExportColumns.NODE);
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeStartElement(NS, "edges");
        int id = 0;
        for (GraphEdge edge : graph.edges()) {
            xml.writeStartElement(NS, "edge");
            xml.writeAttribute("id", Integer.toString(id++));
            xml.writeAttribute("source", Long.toString(edge.from()));
            xml.writeAttribute("target", Long.toString(edge.to()));
            if (edge.role() != null) {
                xml.writeAttribute("label", ExportColumns.xmlSafe(edge.role()));
            }
            values(xml, edge, ExportColumns.EDGE);
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static <T> void declare(XMLStreamWriter xml, String type, List<Column<T>> columns)
            throws XMLStreamException {
        xml.writeStartElement(NS, "attributes");
        xml.writeAttribute("class", type);
        xml.writeAttribute("mode", "static");
        for (Column<T> column : columns) {
            xml.writeEmptyElement(NS, "attribute");
            xml.writeAttribute("id", column.id());
            xml.writeAttribute("title", column.id());
            xml.writeAttribute("type", "string");
        }
        xml.writeEndElement();
    }

    private static <T> void values(XMLStreamWriter xml, T item, List<Column<T>> columns) throws XMLStreamException {
        List<Column<T>> present = columns.stream().filter(c -> c.value().apply(item) != null).toList();
        if (present.isEmpty()) {
            return;
        }
        xml.writeStartElement(NS, "attvalues");
        for (Column<T> column : present) {
            xml.writeEmptyElement(NS, "attvalue");
            xml.writeAttribute("for", column.id());
            xml.writeAttribute("value", ExportColumns.xmlSafe(column.value().apply(item)));
        }
        xml.writeEndElement();
    }
}
