package org.creativeatlas.logic.graph;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.creativeatlas.model.Coded;

/**
 * The attributes GEXF and GraphML carry, one list for both formats: actor type, kind, country, city and sectors;
 * link type, role and the dates it held from and to. Values are the catalogue's codes and ISO dates as stored;
 * several sectors are joined with {@value #LIST_SEPARATOR}. A missing value is left out, not written empty.
 */
final class ExportColumns {

    static final String LIST_SEPARATOR = "|";

    /** One attribute: its id and title in the file, and how to read it off a node or an edge. */
    record Column<T>(String id, Function<T, String> value) {
    }

    static final List<Column<GraphNode>> NODE = List.of(
            new Column<>("type", n -> n.type().code()),
            new Column<>("kind", GraphNode::kind),
            new Column<>("country", GraphNode::country),
            new Column<>("city", GraphNode::city),
            new Column<>("sectors", n -> n.sectors().isEmpty() ? null
                    : n.sectors().stream().map(Coded::code).collect(Collectors.joining(LIST_SEPARATOR))));

    static final List<Column<GraphEdge>> EDGE = List.of(
            new Column<>("type", e -> e.type().code()),
            new Column<>("role", GraphEdge::role),
            new Column<>("from", GraphEdge::start),
            new Column<>("to", GraphEdge::end));

    private ExportColumns() {
    }

    /** The text with characters XML 1.0 cannot carry (control codes, lone surrogates) replaced by U+FFFD. */
    static String xmlSafe(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean allowed = pair || c == '\t' || c == '\n' || c == '\r'
                    || (c >= 0x20 && c < 0xFFFE && !Character.isSurrogate(c));
            if (!allowed && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(allowed ? c : '\uFFFD');
                if (pair) {
                    out.append(text.charAt(++i));
                }
            } else if (pair) {
                i++;
            }
        }
        return out == null ? text : out.toString();
    }
}
