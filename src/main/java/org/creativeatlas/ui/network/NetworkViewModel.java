package org.creativeatlas.ui.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Subscription;
import org.creativeatlas.logic.edit.LinkRules;
import org.creativeatlas.logic.filter.ActorFilter;
import org.creativeatlas.logic.filter.ActorRow;
import org.creativeatlas.logic.graph.ActorGraph;
import org.creativeatlas.logic.graph.ActorMeasures;
import org.creativeatlas.logic.graph.CountryPair;
import org.creativeatlas.logic.graph.GraphEdge;
import org.creativeatlas.logic.graph.GraphNode;
import org.creativeatlas.logic.graph.PinnedPositions;
import org.creativeatlas.logic.graph.Point;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Link;
import org.creativeatlas.model.LinkType;
import org.creativeatlas.model.Problem;
import org.creativeatlas.ui.viewmodel.ActorItem;
import org.creativeatlas.ui.viewmodel.CatalogueViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The network view's state and commands. It follows the main window's filter, the catalogue's changes and its
 * selection; it lays out the shown part in the background (one run at a time, a newer run replacing an older one)
 * and publishes a {@link NetworkDrawing}; it pins nodes (kept in the catalogue) and links and unlinks actors
 * through the catalogue's editor, so those edits undo like table edits. Nothing runs until {@link #activate}. It
 * lives as long as the open catalogue, so the view keeps its choices, layout and zoom when the window is rebuilt.
 */
public final class NetworkViewModel implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NetworkViewModel.class);

    private final CatalogueViewModel catalogue;
    private final ObservableValue<ActorFilter> filter;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "network-layout");
        t.setDaemon(true);
        return t;
    });
    private final BooleanProperty acrossBorders = new SimpleBooleanProperty(this, "acrossBorders");
    private final IntegerProperty egoDepth = new SimpleIntegerProperty(this, "egoDepth");
    private final ReadOnlyObjectWrapper<NetworkDrawing> drawing = new ReadOnlyObjectWrapper<>(this, "drawing",
            NetworkDrawing.EMPTY);
    private final ReadOnlyObjectWrapper<ActorGraph> shown = new ReadOnlyObjectWrapper<>(this, "shown",
            ActorGraph.of(List.of(), List.of()));
    private final ReadOnlyLongWrapper selectedId = new ReadOnlyLongWrapper(this, "selectedId", -1);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress");
    private final ObservableList<ActorMeasures> measures = FXCollections.observableArrayList();
    private final ObservableList<CountryPair> crossBorder = FXCollections.observableArrayList();
    private final Map<Long, Point> pins = new HashMap<>();
    private final Viewport viewport = new Viewport();
    private Map<Long, Point> positions = Map.of();
    private ActorGraph whole;
    private LayoutJob running;
    private MeasuresJob measuring;
    private boolean active;
    private Subscription subscriptions = Subscription.EMPTY;

    public NetworkViewModel(CatalogueViewModel catalogue, ObservableValue<ActorFilter> filter) {
        this.catalogue = catalogue;
        this.filter = filter;
        selectedId.set(idOf(catalogue.selected().get()));
        subscriptions = Subscription.combine(
                filter.subscribe(f -> refresh(false)),
                acrossBorders.subscribe(a -> refresh(false)),
                egoDepth.subscribe(d -> refresh(false)),
                catalogue.revision().subscribe(r -> {
                    whole = null;
                    refresh(false);
                }),
                catalogue.selected().subscribe(item -> {
                    selectedId.set(idOf(item));
                    if (egoDepth.get() > 0) {
                        refresh(false);
                    }
                }),
                catalogue.onColleaguesChanged(changes -> {
                    if (active && changes.settings().contains(PinnedPositions.KEY)) {
                        // a colleague pinned or unpinned nodes: the catalogue's pins are theirs now, laid out anew
                        pins.clear();
                        pins.putAll(PinnedPositions.load(catalogue.catalogue().settings()));
                        refresh(false);
                    }
                }));
    }

    /** Starts showing the network (the first time the view is opened): pins are read, the layout runs. */
    public void activate() {
        if (!active) {
            active = true;
            pins.putAll(PinnedPositions.load(catalogue.catalogue().settings()));
            refresh(false);
        }
    }

    /** Lays the shown part out again from scratch, pins staying where they are. */
    public void relayout() {
        refresh(true);
    }

    /** Stops the running layout and shows the positions it reached. */
    public void stopLayout() {
        if (running != null) {
            running.stop();
        }
    }

    private void refresh(boolean fresh) {
        if (!active) {
            return;
        }
        if (running != null) {
            running.cancel();
        }
        if (measuring != null) {
            measuring.cancel();
        }
        List<ActorRow> rows = new ArrayList<>();
        List<Link> links = List.of();
        if (whole == null) {
            // the catalogue has one connection, which the editor uses on this thread: read it here, build elsewhere
            links = catalogue.catalogue().links().all();
            for (ActorType type : ActorType.values()) {
                catalogue.table(type).items().forEach(i -> rows.add(i.row()));
            }
        }
        ShownNetwork request = new ShownNetwork(filter.getValue(), acrossBorders.get(), egoDepth.get(), selectedId.get());
        LayoutJob job = new LayoutJob(whole, rows, links, request, fresh ? Map.of() : positions, pins);
        running = job;
        busy.set(true);
        progress.bind(job.progressProperty());
        job.setOnSucceeded(e -> publish(job, job.getValue()));
        job.setOnFailed(e -> {
            LOG.error("The network could not be laid out", job.getException());
            finished(job);
        });
        job.setOnCancelled(e -> finished(job));
        worker.execute(job);
    }

    private void publish(LayoutJob job, LayoutJob.Result result) {
        if (worker.isShutdown()) {
            // the catalogue closed while the finished layout's result waited for the JavaFX thread
            return;
        }
        whole = result.whole();
        positions = new HashMap<>(result.layout().positions());
        shown.set(result.shown());
        drawing.set(NetworkDrawing.of(result.shown(), positions));
        finished(job);
        measuring = new MeasuresJob(result.shown());
        MeasuresJob m = measuring;
        m.setOnSucceeded(e -> {
            measures.setAll(m.getValue().actors());
            crossBorder.setAll(m.getValue().crossBorder());
        });
        m.setOnFailed(e -> LOG.error("Network measures failed", m.getException()));
        worker.execute(m);
    }

    private void finished(LayoutJob job) {
        if (running == job) {
            running = null;
            progress.unbind();
            busy.set(false);
        }
    }

    /** Selects the actor in the whole window (its table, the detail pane). */
    public void select(long actorId) {
        catalogue.item(actorId).ifPresent(catalogue.selected()::set);
    }

    public Optional<ActorItem> item(long actorId) {
        return catalogue.item(actorId);
    }

    /** Keeps a node where it was dropped, in this view and in the catalogue's settings. */
    public void pin(long actorId, Point at) {
        pins.put(actorId, at);
        moved(actorId, at);
        savePins();
    }

    public void unpin(long actorId) {
        if (pins.remove(actorId) != null) {
            savePins();
        }
    }

    public void unpinAll() {
        pins.clear();
        savePins();
    }

    public boolean isPinned(long actorId) {
        return pins.containsKey(actorId);
    }

    private void moved(long actorId, Point at) {
        Map<Long, Point> next = new HashMap<>(positions);
        next.put(actorId, at);
        positions = next;
    }

    private void savePins() {
        PinnedPositions.save(catalogue.catalogue().settings(), pins);
    }

    /** The kind of link the two actors can have, if any. */
    public Optional<LinkType> linkType(long a, long b) {
        Optional<ActorItem> one = catalogue.item(a);
        Optional<ActorItem> two = catalogue.item(b);
        if (one.isEmpty() || two.isEmpty() || a == b) {
            return Optional.empty();
        }
        return LinkRules.between(one.get().actor().type(), two.get().actor().type());
    }

    /** Links {@code a} to {@code b} (ends oriented by the link rules) as one undoable edit. */
    public Optional<Problem> link(long a, long b, String role) {
        Optional<ActorItem> one = catalogue.item(a);
        Optional<ActorItem> two = catalogue.item(b);
        if (one.isEmpty() || two.isEmpty()) {
            return Optional.of(Problem.of("problem.link.choose"));
        }
        String cleanRole = role == null || role.isBlank() ? null : role.strip();
        return LinkRules.orient(one.get().actor(), two.get().actor(), cleanRole)
                .map(link -> catalogue.attempt(() -> catalogue.editor().link(link)))
                .orElse(Optional.of(Problem.of("problem.link.types")));
    }

    /** Removes the catalogue links an edge stands for; an operator edge is a platform field and has none. */
    public Optional<Problem> unlink(GraphEdge edge) {
        Set<Long> ids = Set.copyOf(edge.linkIds());
        return catalogue.attempt(() -> catalogue.catalogue().links().of(edge.from()).stream()
                .filter(l -> ids.contains(l.id())).forEach(catalogue.editor()::unlink));
    }

    /** The ids of the actors shown now. */
    public Set<Long> visibleIds() {
        return shown.get().nodes().stream().map(GraphNode::id).collect(Collectors.toSet());
    }

    private static long idOf(ActorItem item) {
        return item == null ? -1 : item.id();
    }

    public BooleanProperty acrossBorders() {
        return acrossBorders;
    }

    /** 0 for the whole (filtered) network, 1 to 3 for the selected actor's neighbourhood. */
    public IntegerProperty egoDepth() {
        return egoDepth;
    }

    public ReadOnlyObjectProperty<NetworkDrawing> drawing() {
        return drawing.getReadOnlyProperty();
    }

    /** The network shown now, as the exports write it. */
    public ReadOnlyObjectProperty<ActorGraph> shown() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty selectedId() {
        return selectedId.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    public DoubleProperty progress() {
        return progress;
    }

    public ObservableList<ActorMeasures> measures() {
        return measures;
    }

    public ObservableList<CountryPair> crossBorder() {
        return crossBorder;
    }

    /** The pan and zoom the view is shown at: kept here, so a window rebuilt in another language keeps it. */
    public Viewport viewport() {
        return viewport;
    }

    /** Runs export work on the view's background thread, after any layout in progress. */
    public void runInBackground(Runnable task) {
        worker.execute(task);
    }

    @Override
    public void close() {
        subscriptions.unsubscribe();
        if (running != null) {
            running.cancel();
        }
        worker.shutdownNow();
    }
}
