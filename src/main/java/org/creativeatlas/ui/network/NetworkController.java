package org.creativeatlas.ui.network;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;
import javafx.util.Subscription;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.logic.graph.GraphEdge;
import org.creativeatlas.logic.graph.GraphFormat;
import org.creativeatlas.logic.graph.Point;
import org.creativeatlas.logic.graph.Subgraphs;
import org.creativeatlas.ui.table.FieldFormat;
import org.creativeatlas.ui.viewmodel.CatalogueViewModel;

/** The network tab: the canvas with its legend, the toolbar, the side tables of measures. */
public final class NetworkController implements CanvasGestures.Actions {

    @FXML private Node view;
    @FXML private StackPane canvasHost;
    @FXML private CheckBox acrossBorders;
    @FXML private ComboBox<Integer> egoDepth;
    @FXML private ProgressBar layoutProgress;
    @FXML private Button stopButton;
    @FXML private Label summaryLabel;
    @FXML private Tab measuresTab;
    @FXML private Tab bordersTab;
    @FXML private TabPane sideTabs;

    private final NetworkViewModel network;
    private final CatalogueViewModel catalogue;
    private final FieldFormat format;
    private final Messages messages;
    private final Label emptyLabel = new Label();
    private NetworkCanvas canvas;
    private NetworkExport export;
    private long clicked = -1;
    private Subscription subscriptions = Subscription.EMPTY;

    public NetworkController(NetworkViewModel network, CatalogueViewModel catalogue, FieldFormat format) {
        this.network = network;
        this.catalogue = catalogue;
        this.format = format;
        this.messages = format.messages();
    }

    @FXML
    private void initialize() {
        // the view answers for its controller, so tests and tools can reach the canvas and the model
        view.setUserData(this);
        canvas = new NetworkCanvas(new EdgeLabels(messages), network.viewport());
        new CanvasGestures(canvas, this);
        Node legend = Legend.build(messages, format);
        StackPane.setAlignment(legend, Pos.BOTTOM_LEFT);
        StackPane.setMargin(legend, new Insets(8));
        emptyLabel.getStyleClass().add("network-empty");
        emptyLabel.setId("networkEmpty");
        emptyLabel.setMouseTransparent(true);
        emptyLabel.setWrapText(true);
        canvasHost.getChildren().setAll(canvas, legend, emptyLabel);
        legend.boundsInParentProperty().subscribe(b -> canvas.reserveBottom(b.getHeight() + 8));
        export = new NetworkExport(messages, network, canvas, catalogue.message()::set);
        setUpEgoChoice();
        summaryLabel.setTooltip(new Tooltip(messages.get("status.links.counted")));
        acrossBorders.setTooltip(new Tooltip(messages.get("network.across_borders.tip")));
        egoDepth.setTooltip(new Tooltip(messages.get("network.ego.tip")));
        acrossBorders.selectedProperty().bindBidirectional(network.acrossBorders());
        layoutProgress.progressProperty().bind(network.progress());
        layoutProgress.visibleProperty().bind(network.busy());
        stopButton.visibleProperty().bind(network.busy());
        layoutProgress.managedProperty().bind(network.busy());
        stopButton.managedProperty().bind(network.busy());
        MeasureTables tables = new MeasureTables(messages);
        Region actors = tables.actors(network.measures(), this::select);
        Region borders = tables.borders(network.crossBorder());
        measuresTab.setContent(actors);
        bordersTab.setContent(borders);
        sideTabs.minWidthProperty().bind(Bindings.max(actors.minWidthProperty(), borders.minWidthProperty()));
        subscriptions = Subscription.combine(
                network.drawing().subscribe(d -> {
                    canvas.setDrawing(d);
                    describe();
                }),
                network.busy().subscribe(b -> describe()),
                network.selectedId().subscribe(id -> {
                    canvas.select(id.longValue(), id.longValue() != clicked);
                    clicked = -1;
                    describe();
                }));
    }

    private void setUpEgoChoice() {
        for (int depth = 0; depth <= Subgraphs.MAX_EGO_DEPTH; depth++) {
            egoDepth.getItems().add(depth);
        }
        egoDepth.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer depth) {
                return depth == null || depth == 0 ? messages.get("network.ego.off") : messages.get("network.ego.depth", depth);
            }

            @Override
            public Integer fromString(String s) {
                return 0;
            }
        });
        egoDepth.setValue(network.egoDepth().get());
        egoDepth.valueProperty().addListener((obs, old, now) -> network.egoDepth().set(now == null ? 0 : now));
    }

    /** Starts the layout the first time the tab is shown. */
    public void activate() {
        network.activate();
    }

    /** Says what the view shows: counts, or why it is empty. */
    private void describe() {
        NetworkDrawing d = canvas.drawing();
        boolean ego = network.egoDepth().get() > 0;
        String centre = network.item(network.selectedId().get()).map(i -> i.actor().name()).orElse("");
        String text;
        if (ego && network.selectedId().get() < 0) {
            text = messages.get("network.ego.choose");
        } else if (d.nodeCount() == 0) {
            text = ego ? messages.get("network.ego.outside", centre) : messages.get("network.empty");
        } else {
            text = messages.get("network.summary", d.nodeCount(), network.shown().get().catalogueLinkCount());
            if (ego) {
                text = messages.get("network.summary.ego", text, centre);
            }
        }
        summaryLabel.setText(text);
        emptyLabel.setText(text);
        emptyLabel.setVisible(d.nodeCount() == 0 && !network.busy().get());
    }

    @Override
    public void select(long actorId) {
        clicked = actorId;
        network.select(actorId);
    }

    @Override
    public void open(long actorId) {
        select(actorId);
        Node detail = canvas.getScene().lookup("#detailPane");
        if (detail != null && detail.getParent() != null && detail.getParent().getParent() instanceof SplitPane split
                && split.getDividerPositions().length > 0 && split.getDividerPositions()[0] > 0.95) {
            split.setDividerPositions(0.68);
        }
        if (detail != null) {
            detail.requestFocus();
        }
    }

    @Override
    public void linkTo(long target) {
        long source = network.selectedId().get();
        if (source < 0 || source == target) {
            catalogue.message().set(messages.get("network.link.select_first"));
            return;
        }
        var type = network.linkType(source, target);
        if (type.isEmpty()) {
            catalogue.message().set(messages.get("problem.link.types"));
            return;
        }
        String from = network.item(source).map(i -> i.actor().name()).orElse("");
        String to = network.item(target).map(i -> i.actor().name()).orElse("");
        new LinkDialog(messages, canvas.getScene().getWindow()).ask(from, to, type.get()).ifPresent(role ->
                network.link(source, target, role).ifPresentOrElse(
                        problem -> catalogue.message().set(messages.problem(problem)),
                        () -> catalogue.message().set(messages.get("network.link.done", from, to))));
    }

    @Override
    public void pinned(long actorId, Point at) {
        network.pin(actorId, at);
    }

    @Override
    public void menu(ContextMenuEvent event, int node, int edge) {
        ContextMenu menu = new ContextMenu();
        NetworkDrawing d = canvas.drawing();
        if (node >= 0) {
            long id = d.id(node);
            long selected = network.selectedId().get();
            MenuItem link = item("network.menu.link", () -> linkTo(id));
            link.setDisable(selected < 0 || selected == id || network.linkType(selected, id).isEmpty());
            MenuItem unpin = item("network.menu.unpin", () -> network.unpin(id));
            unpin.setDisable(!network.isPinned(id));
            menu.getItems().addAll(item("network.menu.open", () -> open(id)),
                    item("network.menu.neighbourhood", () -> showNeighbourhood(id)), link, unpin);
        } else if (edge >= 0) {
            GraphEdge e = d.edge(edge);
            MenuItem remove = item("network.menu.unlink", () -> network.unlink(e).ifPresent(p -> catalogue.message().set(messages.problem(p))));
            remove.setDisable(e.linkIds().isEmpty());
            menu.getItems().add(remove);
        } else {
            menu.getItems().addAll(item("network.fit", canvas::fit), item("network.relayout", network::relayout),
                    item("network.menu.unpin_all", network::unpinAll));
        }
        menu.show(canvas, event.getScreenX(), event.getScreenY());
    }

    private void showNeighbourhood(long id) {
        select(id);
        if (network.egoDepth().get() == 0) {
            egoDepth.setValue(1);
        }
    }

    private MenuItem item(String key, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setOnAction(e -> action.run());
        return item;
    }

    /** The canvas, for tests and the frame-rate measurement. */
    public NetworkCanvas canvas() {
        return canvas;
    }

    public NetworkViewModel model() {
        return network;
    }

    @FXML
    private void onFit() {
        canvas.fit();
    }

    @FXML
    private void onZoomIn() {
        canvas.zoom(1.25);
    }

    @FXML
    private void onZoomOut() {
        canvas.zoom(0.8);
    }

    @FXML
    private void onRelayout() {
        network.relayout();
    }

    @FXML
    private void onStop() {
        network.stopLayout();
    }

    @FXML
    private void onExportPng() {
        export.png();
    }

    @FXML
    private void onExportSvg() {
        export.svg();
    }

    @FXML
    private void onExportGexf() {
        export.graph(GraphFormat.GEXF);
    }

    @FXML
    private void onExportGraphMl() {
        export.graph(GraphFormat.GRAPHML);
    }

    /** Stops listening when the window is rebuilt; the view model lives on with the catalogue. */
    public void dispose() {
        subscriptions.unsubscribe();
    }
}
