package org.creativeatlas.ui.network;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.concurrent.Task;
import org.creativeatlas.logic.filter.ActorRow;
import org.creativeatlas.logic.graph.ActorGraph;
import org.creativeatlas.logic.graph.ForceLayout;
import org.creativeatlas.logic.graph.Layout;
import org.creativeatlas.logic.graph.LayoutSettings;
import org.creativeatlas.logic.graph.Point;
import org.creativeatlas.model.Link;

/**
 * Builds the network if the catalogue changed, cuts out the part to show and lays it out, off the FX thread.
 * Nodes laid out before start where they were, so a filter change moves little. {@link #stop} ends the layout
 * early and keeps what it reached; {@code cancel} discards the run (a newer one replaces it).
 */
final class LayoutJob extends Task<LayoutJob.Result> {

    record Result(ActorGraph whole, ActorGraph shown, Layout layout) {
    }

    private final ActorGraph whole;
    private final Collection<ActorRow> rows;
    private final Collection<Link> links;
    private final ShownNetwork request;
    private final Map<Long, Point> previous;
    private final Map<Long, Point> pins;
    private final AtomicBoolean stop = new AtomicBoolean();

    /** {@code whole} is the network as last built, or null to build it from {@code rows} and {@code links}. */
    LayoutJob(ActorGraph whole, Collection<ActorRow> rows, Collection<Link> links, ShownNetwork request,
              Map<Long, Point> previous, Map<Long, Point> pins) {
        this.whole = whole;
        this.rows = rows;
        this.links = links;
        this.request = request;
        this.previous = Map.copyOf(previous);
        this.pins = Map.copyOf(pins);
    }

    void stop() {
        stop.set(true);
    }

    @Override
    protected Result call() {
        ActorGraph network = whole != null ? whole : ActorGraph.fromRows(rows, links);
        ActorGraph shown = request.of(network);
        int max = LayoutSettings.DEFAULT.maxIterations();
        Layout layout = new ForceLayout().run(shown, previous, pins, (iteration, move) -> {
            updateProgress(iteration, max);
            return !stop.get() && !isCancelled();
        });
        return new Result(network, shown, layout);
    }
}
