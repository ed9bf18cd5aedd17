package org.creativeatlas.ui.map;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.util.Subscription;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.logic.map.Cluster;
import org.creativeatlas.logic.map.MapCounts;
import org.creativeatlas.logic.map.MapLabels;
import org.creativeatlas.logic.map.MapPictures;
import org.creativeatlas.logic.map.MapScene;
import org.creativeatlas.logic.map.MapView;
import org.creativeatlas.logic.map.PlaceCount;
import org.creativeatlas.logic.time.YearCounts;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.ui.FileExport;
import org.creativeatlas.ui.viewmodel.ActorItem;
import org.creativeatlas.ui.viewmodel.CatalogueViewModel;

/**
 * The map tab: the canvas, its toolbar, the box that tells what is under the pointer (a city's actors, a
 * country's count) and the timeline under it, whose years are the main filter's. Clicking a marker selects its actors in the tables, the detail pane and the network.
 */
public final class MapController implements MapGestures.Actions {

    /** Names listed in the pointer's box before "and n more". */
    static final int LISTED = 12;

    @FXML private Node view;
    @FXML private StackPane canvasHost;
    @FXML private Label summaryLabel;
    @FXML private TimelineStrip timeline;

    private final MapViewModel map;
    private final CatalogueViewModel catalogue;
    private final Messages messages;
    private final MapLabels labels;
    private final Label hoverBox = new Label();
    private final Tooltip timelineTip = new Tooltip();
    private MapCanvas canvas;
    private long hovered = -1;
    private Subscription subscriptions = Subscription.EMPTY;

    public MapController(MapViewModel map, CatalogueViewModel catalogue, Messages messages, String language) {
        this.map = map;
        this.catalogue = catalogue;
        this.messages = messages;
        this.labels = new MapLabels(language);
    }

    @FXML
    private void initialize() {
        // the view answers for its controller, so tests and tools can reach the canvas and the model
        view.setUserData(this);
        canvas = new MapCanvas(MapScene.of(MapCounts.EMPTY, labels));
        new MapGestures(canvas, this);
        hoverBox.getStyleClass().add("map-hover");
        hoverBox.setId("mapHover");
        hoverBox.setManaged(false);
        hoverBox.setVisible(false);
        hoverBox.setMouseTransparent(true);
        canvasHost.getChildren().setAll(canvas, hoverBox);
        subscriptions = Subscription.combine(
                map.counts().subscribe(counts -> {
                    canvas.setScene(canvas.scene().withCounts(counts));
                    describe(counts);
                }),
                map.selectedPlace().subscribe(id -> highlight()),
                map.yearCounts().subscribe(this::showYears));
        timeline.range().bindBidirectional(map.years());
        timelineTip.setWrapText(true);
        timelineTip.setMaxWidth(460);
        Tooltip.install(timeline, timelineTip);
    }

    /** Starts counting the first time the tab is shown. */
    public void activate() {
        map.activate();
    }

    private void describe(MapCounts counts) {
        int placed = counts.places().stream().mapToInt(PlaceCount::total).sum();
        summaryLabel.setText(messages.get("map.summary", counts.total(), placed, counts.places().size()));
    }

    /** The timeline's bars, and in its tooltip how many have no year and how to choose years. */
    private void showYears(YearCounts counts) {
        timeline.setCounts(counts);
        String undated = messages.get("report.timeline.undated", counts.undated(ActorType.EVENT),
                counts.undated(ActorType.ORGANISATION) + counts.undated(ActorType.PLATFORM));
        timelineTip.setText(messages.get("map.timeline.tip", undated));
    }

    private void highlight() {
        canvas.setScene(canvas.scene().withHighlight(map.selectedPlace().get(), hovered));
    }

    @Override
    public void clicked(double x, double y) {
        canvas.clusterAt(x, y).ifPresent(c -> {
            map.select(c);
            catalogue.message().set(messages.get(c.total() > CatalogueViewModel.GROUP_ROWS_SELECTED
                    ? "map.selected.many" : "map.selected", c.total(), title(c),
                    CatalogueViewModel.GROUP_ROWS_SELECTED));
        });
    }

    @Override
    public void hovered(double x, double y) {
        Optional<Cluster> cluster = canvas.clusterAt(x, y);
        long now = cluster.map(c -> c.main().place().id()).orElse(-1L);
        if (now != hovered) {
            hovered = now;
            highlight();
        }
        if (cluster.isPresent()) {
            show(cluster.get(), x, y);
        } else {
            Optional<String> country = canvas.countryAt(x, y);
            if (country.isPresent()) {
                MapCounts counts = canvas.scene().counts();
                show(messages.get("map.hover.country", labels.country(country.get()),
                        counts.country(country.get()), counts.withoutPlace(country.get())), x, y);
            } else {
                hoverBox.setVisible(false);
            }
        }
    }

    @Override
    public void left() {
        hoverBox.setVisible(false);
        if (hovered != -1) {
            hovered = -1;
            highlight();
        }
    }

    private String title(Cluster c) {
        String name = labels.place(c.main().place());
        return c.members().size() == 1 ? name : messages.get("map.hover.around", name, c.members().size() - 1);
    }

    private void show(Cluster c, double x, double y) {
        StringBuilder text = new StringBuilder(messages.get("map.hover.title", title(c), c.total()));
        StringBuilder types = new StringBuilder();
        for (ActorType type : ActorType.values()) {
            if (c.count(type) > 0) {
                types.append(types.length() == 0 ? "" : " · ").append(messages.get("types." + type.code()))
                        .append(' ').append(c.count(type));
            }
        }
        text.append('\n').append(types);
        List<ActorItem> items = map.items(c.ids(), LISTED);
        for (ActorItem item : items) {
            text.append('\n').append("• ").append(item.actor().name()).append("  (")
                    .append(messages.get("type." + item.actor().type().code())).append(')');
        }
        if (c.total() > items.size()) {
            text.append('\n').append(messages.get("map.hover.more", c.total() - items.size()));
        }
        show(text.toString(), x, y);
    }

    /** The box near the pointer, kept inside the map. */
    private void show(String text, double x, double y) {
        hoverBox.setText(text);
        hoverBox.setVisible(true);
        hoverBox.autosize();
        Bounds box = hoverBox.getLayoutBounds();
        double left = x + 16 + box.getWidth() > canvasHost.getWidth() ? x - 12 - box.getWidth() : x + 16;
        double top = Math.min(y + 16, canvasHost.getHeight() - box.getHeight() - 4);
        hoverBox.relocate(Math.max(4, left), Math.max(4, top));
    }

    /** The canvas, for tests and the frame-rate measurement. */
    public MapCanvas canvas() {
        return canvas;
    }

    public MapViewModel model() {
        return map;
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

    private FileExport files() {
        return new FileExport(messages, canvas.getScene().getWindow(), map::runInBackground, catalogue.message()::set,
                "map.export");
    }

    @FXML
    private void onExportPng() {
        FileExport files = files();
        files.askScale("map.export.png", "map.export.scale").ifPresent(scale ->
                files.choose("map.export.png", "map", "png").ifPresent(target -> save(files, target,
                        MapPictures.Format.PNG, scale)));
    }

    @FXML
    private void onExportSvg() {
        FileExport files = files();
        files.choose("map.export.svg", "map", "svg").ifPresent(target -> save(files, target, MapPictures.Format.SVG,
                1));
    }

    /** Draws the map as it is in view (without the pointer's highlight) and writes it, both in the background. */
    private void save(FileExport files, Path target, MapPictures.Format format, double scale) {
        MapScene scene = canvas.scene().withHighlight(map.selectedPlace().get(), -1);
        MapView shown = canvas.view();
        files.write(target, out -> MapPictures.write(scene, shown, format, scale, out));
    }

    /** Stops listening when the window is rebuilt, and stops the view model's background work. */
    public void dispose() {
        subscriptions.unsubscribe();
        timeline.range().unbindBidirectional(map.years());
        map.close();
    }
}
