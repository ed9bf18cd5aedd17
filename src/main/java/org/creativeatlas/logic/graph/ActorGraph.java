package org.creativeatlas.logic.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.LongPredicate;
import java.util.function.Predicate;
import org.creativeatlas.logic.filter.ActorFilter;
import org.creativeatlas.logic.filter.ActorRow;
import org.creativeatlas.logic.filter.CatalogueLoader;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.Link;
import org.creativeatlas.store.Catalogue;

/**
 * The network of actors: every actor a node, every link an edge, plus an edge from each platform's operator.
 * Immutable, so a layout or a measure can work on it in the background while the view shows it. Links to missing
 * actors and self-links are dropped, identical links merged into one edge; {@link #report()} counts them.
 * Nodes are kept in id order, and algorithms address them by that position through the package-private accessors.
 */
public final class ActorGraph {

    private final List<GraphNode> nodes;
    private final long[] ids;
    private final List<GraphEdge> edges;
    private final int[][] neighbours;
    private final int[][] incident;
    private final InputReport report;

    private ActorGraph(List<GraphNode> sortedNodes, List<GraphEdge> cleanEdges, InputReport report) {
        this.nodes = List.copyOf(sortedNodes);
        this.ids = nodes.stream().mapToLong(GraphNode::id).toArray();
        this.edges = List.copyOf(cleanEdges);
        this.report = report;
        int[] degree = new int[ids.length];
        int[][] ends = new int[edges.size()][];
        for (int e = 0; e < ends.length; e++) {
            ends[e] = new int[] {indexOf(edges.get(e).from()), indexOf(edges.get(e).to())};
            degree[ends[e][0]]++;
            degree[ends[e][1]]++;
        }
        this.incident = new int[ids.length][];
        for (int i = 0; i < ids.length; i++) {
            incident[i] = new int[degree[i]];
        }
        int[] filled = new int[ids.length];
        int[][] others = new int[ids.length][];
        for (int i = 0; i < ids.length; i++) {
            others[i] = new int[degree[i]];
        }
        for (int e = 0; e < ends.length; e++) {
            int a = ends[e][0];
            int b = ends[e][1];
            others[a][filled[a]] = b;
            incident[a][filled[a]++] = e;
            others[b][filled[b]] = a;
            incident[b][filled[b]++] = e;
        }
        this.neighbours = new int[ids.length][];
        for (int i = 0; i < ids.length; i++) {
            neighbours[i] = Arrays.stream(others[i]).sorted().distinct().toArray();
        }
    }

    /** The whole catalogue: every actor with its name variants (so the text filter works) and every link. */
    public static ActorGraph load(Catalogue catalogue) {
        List<ActorRow> rows = new ArrayList<>();
        CatalogueLoader.load(catalogue).values().forEach(rows::addAll);
        return fromRows(rows, catalogue.links().all());
    }

    /** From rows the app has already loaded (as the tables hold them) and the catalogue's links. */
    public static ActorGraph fromRows(Collection<ActorRow> rows, Collection<Link> links) {
        List<GraphNode> sorted = rows.stream().map(GraphNode::new)
                .sorted(Comparator.comparingLong(GraphNode::id)).toList();
        List<GraphNode> unique = new ArrayList<>(sorted.size());
        for (GraphNode node : sorted) {
            if (unique.isEmpty() || unique.get(unique.size() - 1).id() != node.id()) {
                unique.add(node);
            }
        }
        long[] known = unique.stream().mapToLong(GraphNode::id).toArray();
        EdgeCollector collector = new EdgeCollector(id -> Arrays.binarySearch(known, id) >= 0);
        links.forEach(collector::add);
        unique.forEach(node -> collector.addOperator(node.actor()));
        return new ActorGraph(unique, collector.edges(), collector.report());
    }

    /** From actors and links alone (no name variants: the text filter then sees names, cities, roles, descriptions). */
    public static ActorGraph of(Collection<Actor> actors, Collection<Link> links) {
        return fromRows(actors.stream().map(a -> ActorRow.of(a, List.of())).toList(), links);
    }

    /** The nodes the filter keeps and the edges between them. */
    public ActorGraph matching(ActorFilter filter) {
        return keepingRows(filter);
    }

    /** The nodes whose row passes {@code keep} and the edges between them; the input report stays that of the whole. */
    public ActorGraph keepingRows(Predicate<ActorRow> keep) {
        return induced(id -> keep.test(nodes.get(indexOf(id)).row()));
    }

    /** The nodes whose id passes {@code keep} and the edges between them. */
    public ActorGraph induced(LongPredicate keep) {
        List<GraphNode> kept = nodes.stream().filter(n -> keep.test(n.id())).toList();
        long[] keptIds = kept.stream().mapToLong(GraphNode::id).toArray();
        List<GraphEdge> keptEdges = edges.stream()
                .filter(e -> Arrays.binarySearch(keptIds, e.from()) >= 0 && Arrays.binarySearch(keptIds, e.to()) >= 0)
                .toList();
        return new ActorGraph(kept, keptEdges, report);
    }

    /** Nodes in id order. */
    public List<GraphNode> nodes() {
        return nodes;
    }

    public List<GraphEdge> edges() {
        return edges;
    }

    public int nodeCount() {
        return ids.length;
    }

    public int edgeCount() {
        return edges.size();
    }

    /**
     * How many catalogue links the edges stand for: identical links each counted, as the catalogue stores them; an
     * operator edge is a platform's field, not a link, and is not counted.
     */
    public int catalogueLinkCount() {
        return edges.stream().mapToInt(e -> e.linkIds().size()).sum();
    }

    public boolean isEmpty() {
        return ids.length == 0;
    }

    public boolean contains(long actorId) {
        return indexOf(actorId) >= 0;
    }

    public Optional<GraphNode> node(long actorId) {
        int i = indexOf(actorId);
        return i < 0 ? Optional.empty() : Optional.of(nodes.get(i));
    }

    /** The edges that start or end at the actor (none if it is not in the graph). */
    public List<GraphEdge> edgesOf(long actorId) {
        int i = indexOf(actorId);
        return i < 0 ? List.of() : Arrays.stream(incident[i]).mapToObj(edges::get).toList();
    }

    /** The actors linked to this one, each once, in id order. */
    public List<Long> neighbours(long actorId) {
        int i = indexOf(actorId);
        return i < 0 ? List.of() : Arrays.stream(neighbours[i]).mapToObj(j -> ids[j]).toList();
    }

    /** Number of distinct actors linked to this one. */
    public int degree(long actorId) {
        int i = indexOf(actorId);
        return i < 0 ? 0 : neighbours[i].length;
    }

    /** Number of edges at this actor, counting parallel links (different roles or dates) separately. */
    public int linkCount(long actorId) {
        int i = indexOf(actorId);
        return i < 0 ? 0 : incident[i].length;
    }

    /** What was left out of the input when the graph was built. */
    public InputReport report() {
        return report;
    }

    int indexOf(long actorId) {
        int i = Arrays.binarySearch(ids, actorId);
        return i < 0 ? -1 : i;
    }

    long idAt(int index) {
        return ids[index];
    }

    /** Distinct neighbours of the node at {@code index}, by index, ascending: the simple undirected graph. */
    int[] neighboursAt(int index) {
        return neighbours[index];
    }
}
