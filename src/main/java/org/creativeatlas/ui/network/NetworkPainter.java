package org.creativeatlas.ui.network;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.creativeatlas.logic.draw.LabelPlacer;
import org.creativeatlas.logic.graph.EdgeType;
import org.creativeatlas.logic.graph.GraphEdge;
import org.creativeatlas.model.ActorType;

/**
 * Draws a frame: edges by type, nodes by type with their country rings, the selection, then as many labels as fit
 * without overlapping (most linked actors first; every one once zoomed in). Only what is on screen is drawn, and
 * each colour is one batch, which is what keeps 5 000 nodes and 20 000 edges smooth.
 */
final class NetworkPainter {

    private static final double LABEL_SIZE = 11;
    private static final double EDGE_LABEL_SIZE = 10;
    private static final int MAX_LABEL_CHARS = 42;
    private static final int HUBS_NAMED_FIRST = 8;
    private static final double EDGE_LABEL_SCALE = 1.2;
    private static final int MAX_EDGE_LABELS = 300;
    private static final String EDGE_LABEL_INK = "#52606d";

    private final Function<GraphEdge, String> edgeLabel;
    private final Map<EdgeType, Batch> edges = new EnumMap<>(EdgeType.class);
    private final Map<ActorType, Batch> nodes = new EnumMap<>(ActorType.class);
    private final Map<String, Batch> rings = new LinkedHashMap<>();
    private final Batch marked = new Batch(4);
    private final Batch one = new Batch(3);
    private final LabelPlacer labels = new LabelPlacer();
    private boolean[] visible = new boolean[0];

    NetworkPainter(Function<GraphEdge, String> edgeLabel) {
        this.edgeLabel = edgeLabel;
        for (EdgeType t : EdgeType.values()) {
            edges.put(t, new Batch(4));
        }
        for (ActorType t : ActorType.values()) {
            nodes.put(t, new Batch(3));
        }
    }

    Function<GraphEdge, String> edgeLabel() {
        return edgeLabel;
    }

    void paint(NetworkDrawing d, Viewport v, double w, double h, Highlight hl, Pen pen) {
        pen.clear(w, h, NetworkStyle.BACKGROUND);
        int shownEdges = paintEdges(d, v, w, h, hl, pen);
        paintNodes(d, v, w, h, hl, pen);
        labels.reset(w, h);
        paintNodeLabels(d, v, w, h, hl, pen);
        paintEdgeLabels(d, v, hl, shownEdges, pen);
    }

    private int paintEdges(NetworkDrawing d, Viewport v, double w, double h, Highlight hl, Pen pen) {
        edges.values().forEach(Batch::clear);
        marked.clear();
        int shown = 0;
        for (int e = 0; e < d.edgeCount(); e++) {
            int a = d.from(e);
            int b = d.to(e);
            double x1 = v.screenX(d.x(a));
            double y1 = v.screenY(d.y(a));
            double x2 = v.screenX(d.x(b));
            double y2 = v.screenY(d.y(b));
            if (Math.max(x1, x2) < 0 || Math.min(x1, x2) > w || Math.max(y1, y2) < 0 || Math.min(y1, y2) > h) {
                continue;
            }
            shown++;
            boolean lit = a == hl.selected() || b == hl.selected() || e == hl.hoveredEdge();
            (lit ? marked : edges.get(d.edge(e).type())).add(x1, y1, x2, y2);
        }
        double width = Math.max(0.6, Math.min(1.6, v.scale() * 1.2));
        double opacity = shown > 4_000 ? 0.22 : shown > 800 ? 0.4 : 0.6;
        edges.forEach((type, batch) -> pen.segments(batch.values, batch.count, NetworkStyle.edge(type), opacity, width));
        pen.segments(marked.values, marked.count, NetworkStyle.SELECTED, 0.85, width + 0.8);
        return shown;
    }

    private void paintNodes(NetworkDrawing d, Viewport v, double w, double h, Highlight hl, Pen pen) {
        nodes.values().forEach(Batch::clear);
        rings.values().forEach(Batch::clear);
        if (visible.length < d.nodeCount()) {
            visible = new boolean[d.nodeCount()];
        }
        for (int i = 0; i < d.nodeCount(); i++) {
            double r = screenRadius(d, v, i);
            double x = v.screenX(d.x(i));
            double y = v.screenY(d.y(i));
            visible[i] = x + r >= 0 && x - r <= w && y + r >= 0 && y - r <= h;
            if (!visible[i]) {
                continue;
            }
            nodes.get(d.type(i)).add(x, y, r);
            String ring = NetworkStyle.ring(d.country(i));
            if (ring != null && r >= 2.5) {
                double ringWidth = Math.min(3, r * 0.35);
                rings.computeIfAbsent(ring, c -> new Batch(3)).add(x, y, r + ringWidth / 2 + 0.8);
            }
        }
        // rings under the shapes: a coloured halo round each node
        double ringWidth = Math.max(1.2, Math.min(3, v.scale() * 2.5));
        rings.forEach((colour, batch) -> pen.shapes(NetworkStyle.Shape.CIRCLE, batch.values, batch.count, null, colour,
                ringWidth));
        nodes.forEach((type, batch) -> pen.shapes(NetworkStyle.shape(type), batch.values, batch.count,
                NetworkStyle.fill(type), NetworkStyle.BACKGROUND, 0.6));
        mark(d, v, hl.selected(), NetworkStyle.SELECTED, 3, pen);
        mark(d, v, hl.hoveredNode(), NetworkStyle.INK, 1.5, pen);
    }

    private void mark(NetworkDrawing d, Viewport v, int i, String colour, double width, Pen pen) {
        if (i < 0 || i >= d.nodeCount()) {
            return;
        }
        one.clear();
        one.add(v.screenX(d.x(i)), v.screenY(d.y(i)), screenRadius(d, v, i) + 4 + width);
        pen.shapes(NetworkStyle.Shape.CIRCLE, one.values, one.count, null, colour, width);
    }

    private void paintNodeLabels(NetworkDrawing d, Viewport v, double w, double h, Highlight hl, Pen pen) {
        forceLabel(d, v, hl.selected(), pen);
        forceLabel(d, v, hl.hoveredNode(), pen);
        int budget = (int) (w * h / 5_000);
        int[] order = d.byDegree();
        // the hubs are named first and may cover small nodes: without their names the picture says little
        int hubs = 0;
        for (int k = 0; k < order.length && hubs < HUBS_NAMED_FIRST; k++) {
            if (visible[order[k]] && !isMarked(order[k], hl)) {
                hubs++;
                if (label(d, v, order[k], false, false, pen)) {
                    budget--;
                }
            }
        }
        for (int i = 0; i < d.nodeCount(); i++) {
            if (visible[i]) {
                double r = screenRadius(d, v, i);
                double x = v.screenX(d.x(i));
                double y = v.screenY(d.y(i));
                labels.take(x - r, y - r, x + r, y + r);
            }
        }
        int tried = 0;
        for (int k = hubs; k < order.length && budget > 0 && tried <= 4_000; k++) {
            int i = order[k];
            if (visible[i] && !isMarked(i, hl)) {
                tried++;
                if (label(d, v, i, false, false, pen)) {
                    budget--;
                }
            }
        }
    }

    private static boolean isMarked(int i, Highlight hl) {
        return i == hl.selected() || i == hl.hoveredNode();
    }

    private void forceLabel(NetworkDrawing d, Viewport v, int i, Pen pen) {
        if (i >= 0 && i < d.nodeCount()) {
            label(d, v, i, true, true, pen);
        }
    }

    /** Puts the name right of the node, else left of it; a forced label goes right whatever is there. */
    private boolean label(NetworkDrawing d, Viewport v, int i, boolean bold, boolean force, Pen pen) {
        String text = shorten(d.name(i));
        double size = bold ? LABEL_SIZE + 1 : LABEL_SIZE;
        double r = screenRadius(d, v, i);
        double x = v.screenX(d.x(i));
        double y = v.screenY(d.y(i));
        double tw = LabelPlacer.width(text, size, bold);
        double top = y - size * 0.8;
        double bottom = y + size * 0.45;
        double left = x + r + 4;
        if (force) {
            labels.take(left, top, left + tw, bottom);
        } else if (!labels.tryTake(left, top, left + tw, bottom)) {
            left = x - r - 4 - tw;
            if (!labels.tryTake(left, top, left + tw, bottom)) {
                return false;
            }
        }
        pen.text(text, left, y + size * 0.35, size, bold, NetworkStyle.INK);
        return true;
    }

    private void paintEdgeLabels(NetworkDrawing d, Viewport v, Highlight hl, int shownEdges, Pen pen) {
        if (hl.hoveredEdge() >= 0 && hl.hoveredEdge() < d.edgeCount()) {
            edgeLabel(d, v, hl.hoveredEdge(), true, pen);
        }
        if (v.scale() < EDGE_LABEL_SCALE || shownEdges > MAX_EDGE_LABELS) {
            return;
        }
        for (int e = 0; e < d.edgeCount(); e++) {
            if (e != hl.hoveredEdge() && (visible[d.from(e)] || visible[d.to(e)])) {
                edgeLabel(d, v, e, false, pen);
            }
        }
    }

    private void edgeLabel(NetworkDrawing d, Viewport v, int e, boolean force, Pen pen) {
        String text = shorten(edgeLabel.apply(d.edge(e)));
        double x = (v.screenX(d.x(d.from(e))) + v.screenX(d.x(d.to(e)))) / 2;
        double y = (v.screenY(d.y(d.from(e))) + v.screenY(d.y(d.to(e)))) / 2;
        double tw = LabelPlacer.width(text, EDGE_LABEL_SIZE, false);
        double left = x - tw / 2;
        if (force) {
            labels.take(left, y - EDGE_LABEL_SIZE, left + tw, y + 2);
        } else if (!labels.tryTake(left, y - EDGE_LABEL_SIZE, left + tw, y + 2)) {
            return;
        }
        pen.text(text, left, y, EDGE_LABEL_SIZE, false, force ? NetworkStyle.SELECTED : EDGE_LABEL_INK);
    }

    static double screenRadius(NetworkDrawing d, Viewport v, int i) {
        return Math.max(1.5, d.radius(i) * v.scale());
    }

    private static String shorten(String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= MAX_LABEL_CHARS ? s : s.substring(0, MAX_LABEL_CHARS - 1) + "…";
    }
}
