package org.creativeatlas.logic.graph;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The network exchange formats, for Gephi and other tools: both UTF-8 XML written as a stream. */
public enum GraphFormat {
    GEXF("gexf"), GRAPHML("graphml");

    private final String extension;

    GraphFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** Writes the graph's nodes and edges with their attributes; leaves {@code out} open. */
    public void write(ActorGraph graph, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            if (this == GEXF) {
                GexfWriter.write(graph, xml);
            } else {
                GraphMlWriter.write(graph, xml);
            }
            xml.writeEndDocument();
            xml.flush();
            xml.close();
            out.write('\n');
            out.flush();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write " + extension + ": " + e.getMessage(), e);
        }
    }
}
