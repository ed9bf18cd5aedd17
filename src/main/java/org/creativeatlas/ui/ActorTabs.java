package org.creativeatlas.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import javafx.util.Subscription;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.logic.prefs.ColumnLayout;
import org.creativeatlas.logic.prefs.PreferencesStore;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.ui.table.ActorTableBuilder;
import org.creativeatlas.ui.viewmodel.ActorItem;
import org.creativeatlas.ui.viewmodel.ActorTableModel;
import org.creativeatlas.ui.viewmodel.CatalogueViewModel;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window's tabs with a table per actor type: their rows and counts, which table is current, and the
 * selection shown in them (one actor, or a city's group from the map).
 */
final class ActorTabs {

    private static final PseudoClass FILTERED = PseudoClass.getPseudoClass("filtered");

    private final CatalogueViewModel catalogue;
    private final Messages messages;
    private final ActorTableBuilder tableBuilder;
    private final PreferencesStore prefs;
    private final Map<ActorType, TableView<ActorItem>> tables = new EnumMap<>(ActorType.class);
    private final Map<ActorType, StringBinding> shownTexts = new EnumMap<>(ActorType.class);
    /** A dragged column border changes the width by the pixel: layouts are written once the dragging pauses. */
    private final Map<ActorType, ColumnLayout> unsavedLayouts = new EnumMap<>(ActorType.class);
    private final PauseTransition layoutPause = new PauseTransition(Duration.millis(500));
    private final BooleanProperty compact = new SimpleBooleanProperty(this, "compact");
    /** The counts' watch on the catalogue's tables, which outlive this window. */
    private Subscription watching = Subscription.EMPTY;
    /** Set while a group's rows are being selected in the tables. */
    private boolean selectingGroup;
    /** The table tab shown last: Add and Delete act on it while the network tab is in front. */
    private ActorType current = ActorType.ORGANISATION;

    ActorTabs(CatalogueViewModel catalogue, Messages messages, ActorTableBuilder tableBuilder, PreferencesStore prefs) {
        this.catalogue = catalogue;
        this.messages = messages;
        this.tableBuilder = tableBuilder;
        this.prefs = prefs;
        layoutPause.setOnFinished(e -> saveLayouts());
    }

    /** True while the tab strip is too narrow for every tab: the table tabs then drop their icons. */
    BooleanProperty compact() {
        return compact;
    }

    ActorType currentType() {
        return current;
    }

    TableView<ActorItem> currentTable() {
        return tables.get(current);
    }

    StringBinding shownText(ActorType type) {
        return shownTexts.get(type);
    }

    Map<ActorType, TableView<ActorItem>> tables() {
        return tables;
    }

    /** Makes the tab of a type current; the detail pane follows its selection. */
    void show(ActorType type) {
        current = type;
        // the detail pane shows this tab's selection, or nothing: never an actor left behind on another tab
        catalogue.selected().set(currentTable().getSelectionModel().getSelectedItem());
    }

    Tab tab(ActorType type, Runnable delete) {
        ActorTableModel model = catalogue.table(type);
        TableView<ActorItem> table = tableBuilder.build(model, prefs.current().hiddenColumns(type.code()),
                prefs.current().columnLayout(type.code()),
                // an empty catalogue says how to fill it; a filter that hides every row says so
                Bindings.when(model.total().isEqualTo(0)).then(messages.get("table.none"))
                        .otherwise(messages.get("table.empty")),
                hidden -> prefs.update(p -> p.withHiddenColumns(type.code(), hidden)),
                layout -> {
                    unsavedLayouts.put(type, layout);
                    layoutPause.playFromStart();
                },
                delete);
        table.setEditable(!catalogue.readOnly());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && type == current && !selectingGroup) {
                catalogue.selected().set(now);
            }
        });
        tables.put(type, table);
        StringBinding shown = Bindings.createStringBinding(() -> messages.get("count." + type.code(),
                model.shownCount().get(), model.total().get()), model.shownCount(), model.total());
        shownTexts.put(type, shown);
        Tab tab = new Tab(null, table);
        tab.setId("tab-" + type.code());
        tab.setUserData(type);
        Label name = new Label(messages.get("types." + type.code()));
        FontIcon icon = new FontIcon(TypeIcons.of(type));
        // in a narrow window the name and count say enough
        icon.managedProperty().bind(compact.not());
        icon.visibleProperty().bind(compact.not());
        tab.setGraphic(new HBox(5, icon, name, count(model, shown)));
        return tab;
    }

    /** The rows shown only, marked when the filter hides some: "5 / 65" made five tabs too wide for a small screen. */
    private Label count(ActorTableModel model, StringBinding shown) {
        Label count = new Label();
        count.getStyleClass().add("tab-count");
        count.textProperty().bind(model.shownCount().asString());
        watching = watching.and(Subscription.combine(
                model.shownCount().subscribe(n -> count.pseudoClassStateChanged(FILTERED,
                        n.intValue() < model.total().get())),
                model.total().subscribe(n -> count.pseudoClassStateChanged(FILTERED,
                        model.shownCount().get() < n.intValue()))));
        Tooltip countTip = new Tooltip();
        countTip.textProperty().bind(shown);
        count.setTooltip(countTip);
        return count;
    }

    /**
     * Shows the selected actor in its table (after following a link, an add or an undo).
     *
     * @param toFront brings the actor's tab to the front, unless a view that shows the selection itself (the
     *                network, the map) is in front
     */
    void reveal(ActorItem item, Consumer<ActorType> toFront) {
        if (item == null) {
            // hidden by the filter, deleted, or nothing chosen on this tab: the table shows no selection either
            currentTable().getSelectionModel().clearSelection();
            return;
        }
        ActorType type = item.actor().type();
        TableView<ActorItem> table = tables.get(type);
        if (type != current) {
            toFront.accept(type);
        }
        // an actor selected with others (a city's on the map) keeps the others selected
        if (!table.getSelectionModel().getSelectedItems().contains(item)) {
            int index = table.getItems().indexOf(item);
            if (index >= 0) {
                table.getSelectionModel().clearAndSelect(index, table.getColumns().get(0));
                table.scrollTo(Math.max(0, index - 3));
            }
        }
    }

    /**
     * Selects a group of actors (a city's, from the map) in every table, first column of each row, up to
     * {@link CatalogueViewModel#GROUP_ROWS_SELECTED} rows a table; the first actor of the table's type is scrolled to.
     */
    void selectGroup(List<ActorItem> group) {
        if (group.isEmpty()) {
            return;
        }
        Set<Long> ids = new HashSet<>();
        group.forEach(i -> ids.add(i.id()));
        // the group's first actor is the selected one already: each row selected must not select itself in turn
        selectingGroup = true;
        tables.forEach((type, table) -> {
            var model = table.getSelectionModel();
            model.clearSelection();
            int first = -1;
            int selected = 0;
            for (int i = 0; i < table.getItems().size() && selected < CatalogueViewModel.GROUP_ROWS_SELECTED; i++) {
                if (ids.contains(table.getItems().get(i).id())) {
                    selected++;
                    model.select(i, table.getColumns().get(0));
                    first = first < 0 ? i : first;
                }
            }
            if (first >= 0) {
                table.scrollTo(Math.max(0, first - 3));
            }
        });
        selectingGroup = false;
    }

    /** Selects the rows and scroll positions the window before this one (another language) showed. */
    void returnTo(WindowPlace where) {
        current = where.tableType();
        tables.forEach((type, table) -> {
            WindowPlace.TablePlace at = where.table(type);
            sortAs(table, at.sort()); // first: the rows' indices below are in this order
            int index = AtlasTables.indexOf(table, at.selectedId());
            if (index >= 0) {
                table.getSelectionModel().clearAndSelect(index, table.getColumns().get(0));
            }
            AtlasTables.scrollOnceShown(table, at.firstRow());
        });
    }

    private static void sortAs(TableView<ActorItem> table, List<WindowPlace.SortKey> sort) {
        if (sort.isEmpty()) {
            return;
        }
        List<TableColumn<ActorItem, ?>> order = new ArrayList<>();
        for (WindowPlace.SortKey key : sort) {
            table.getColumns().stream().filter(c -> key.columnId().equals(c.getId())).findFirst().ifPresent(c -> {
                c.setSortType(key.descending() ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING);
                order.add(c);
            });
        }
        table.getSortOrder().setAll(order);
    }

    Map<ActorType, WindowPlace.TablePlace> places() {
        Map<ActorType, WindowPlace.TablePlace> places = new EnumMap<>(ActorType.class);
        tables.forEach((type, table) -> {
            ActorItem chosen = table.getSelectionModel().getSelectedItem();
            List<WindowPlace.SortKey> sort = table.getSortOrder().stream().map(c -> new WindowPlace.SortKey(c.getId(),
                    c.getSortType() == TableColumn.SortType.DESCENDING)).toList();
            places.put(type, new WindowPlace.TablePlace(chosen == null ? -1 : chosen.id(), AtlasTables.firstRow(table),
                    sort));
        });
        return places;
    }

    /** Writes a column layout still waiting for the dragging to pause. */
    void saveLayouts() {
        layoutPause.stop();
        unsavedLayouts.forEach((type, layout) -> prefs.update(p -> p.withColumnLayout(type.code(), layout)));
        unsavedLayouts.clear();
    }

    /** Lets go of the catalogue's tables when the window is rebuilt or closed. */
    void dispose() {
        watching.unsubscribe();
        saveLayouts();
    }
}
