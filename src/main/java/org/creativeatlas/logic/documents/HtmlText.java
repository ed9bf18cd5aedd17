package org.creativeatlas.logic.documents;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** The text of an HTML element with its block structure kept: each block a paragraph, {@code <br>} a line break. */
final class HtmlText implements NodeVisitor {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "dt", "dd", "blockquote", "pre", "table", "tr", "ul", "ol", "dl", "figure",
            "figcaption", "address", "hr", "caption");

    private final StringBuilder out = new StringBuilder();

    static String of(Element root) {
        HtmlText text = new HtmlText();
        root.traverse(text);
        return text.out.toString();
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            out.append(t.getWholeText().replaceAll("\\s+", " "));
        } else if (node instanceof Element e) {
            if (BLOCKS.contains(e.normalName())) {
                out.append("\n\n");
            } else if (e.normalName().equals("br")) {
                out.append('\n');
            } else if (e.normalName().equals("td") || e.normalName().equals("th")) {
                out.append('\t');
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
            out.append("\n\n");
        }
    }
}
