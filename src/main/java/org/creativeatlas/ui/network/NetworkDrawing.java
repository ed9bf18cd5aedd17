package org.creativeatlas.ui.network;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.creativeatlas.logic.graph.ActorGraph;
import org.creativeatlas.logic.graph.GraphEdge;
import org.creativeatlas.logic.graph.GraphNode;
import org.creativeatlas.logic.graph.Point;
import org.creativeatlas.model.ActorType;

/**
 * What the canvas draws: the shown network flattened into arrays in world units (layout units ×
 * {@value #UNIT}), so a frame of 5 000 nodes and 20 000 edges is a few loops over primitives. Positions change
 * only while a node is dragged; everything else is fixed when the layout is published.
 */
public final class NetworkDrawing {

    /** World units per layout unit (the layout's ideal edge length): an edge is about this many pixels at zoom 1. */
    public static final double UNIT = 80;

    public static final NetworkDrawing EMPTY = of(ActorGraph.of(List.of(), List.of()), Map.of());

    private final long[] ids;
    private final double[] x;
    private final double[] y;
    private final double[] radius;
    private final ActorType[] types;
    private final String[] names;
    private final String[] countries;
    private final int[] byDegree;
    private final int[] edgeFrom;
    private final int[] edgeTo;
    private final GraphEdge[] edges;

    private NetworkDrawing(ActorGraph graph, Map<Long, Point> positions) {
        List<GraphNode> nodes = graph.nodes();
        int n = nodes.size();
        ids = new long[n];
        x = new double[n];
        y = new double[n];
        radius = new double[n];
        types = new ActorType[n];
        names = new String[n];
        countries = new String[n];
        int[] degree = new int[n];
        for (int i = 0; i < n; i++) {
            GraphNode node = nodes.get(i);
            ids[i] = node.id();
            Point p = positions.getOrDefault(node.id(), new Point(0, 0));
            x[i] = p.x() * UNIT;
            y[i] = p.y() * UNIT;
            types[i] = node.type();
            names[i] = node.name();
            countries[i] = node.country();
            degree[i] = graph.degree(node.id());
            radius[i] = NetworkStyle.radius(node.type(), degree[i]);
        }
        byDegree = IntStream.range(0, n).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> -degree[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
        edges = graph.edges().toArray(GraphEdge[]::new);
        edgeFrom = new int[edges.length];
        edgeTo = new int[edges.length];
        for (int e = 0; e < edges.length; e++) {
            edgeFrom[e] = indexOf(edges[e].from());
            edgeTo[e] = indexOf(edges[e].to());
        }
    }

    /** The graph's nodes at their layout positions (a node without one sits at the origin). */
    public static NetworkDrawing of(ActorGraph graph, Map<Long, Point> positions) {
        return new NetworkDrawing(graph, positions);
    }

    public int nodeCount() {
        return ids.length;
    }

    public int edgeCount() {
        return edges.length;
    }

    /** Node index of the actor, -1 if not shown. Nodes are in id order. */
    public int indexOf(long actorId) {
        int i = Arrays.binarySearch(ids, actorId);
        return i < 0 ? -1 : i;
    }

    public long id(int i) {
        return ids[i];
    }

    public double x(int i) {
        return x[i];
    }

    public double y(int i) {
        return y[i];
    }

    public double radius(int i) {
        return radius[i];
    }

    public ActorType type(int i) {
        return types[i];
    }

    public String name(int i) {
        return names[i];
    }

    public String country(int i) {
        return countries[i];
    }

    /** Node indices, most linked first: the order labels are given room in. */
    public int[] byDegree() {
        return byDegree;
    }

    public GraphEdge edge(int e) {
        return edges[e];
    }

    public int from(int e) {
        return edgeFrom[e];
    }

    public int to(int e) {
        return edgeTo[e];
    }

    /** Moves a node (it is being dragged). */
    public void move(int i, double worldX, double worldY) {
        x[i] = worldX;
        y[i] = worldY;
    }

    /** A node's position in layout units, as the layout and the pin store keep it. */
    public Point layoutPoint(int i) {
        return new Point(x[i] / UNIT, y[i] / UNIT);
    }

    /** {minX, minY, maxX, maxY} of the nodes with their radii; a unit box around the origin when empty. */
    public double[] bounds() {
        if (ids.length == 0) {
            return new double[] {-UNIT, -UNIT, UNIT, UNIT};
        }
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = 0; i < ids.length; i++) {
            b[0] = Math.min(b[0], x[i] - radius[i]);
            b[1] = Math.min(b[1], y[i] - radius[i]);
            b[2] = Math.max(b[2], x[i] + radius[i]);
            b[3] = Math.max(b[3], y[i] + radius[i]);
        }
        return b;
    }
}
