package org.creativeatlas.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import javafx.util.Subscription;
import org.creativeatlas.logic.BuildInfo;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.logic.prefs.PreferencesStore;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Coded;
import org.creativeatlas.model.Problem;
import org.creativeatlas.ui.map.MapController;
import org.creativeatlas.ui.network.NetworkController;
import org.creativeatlas.ui.report.ReportWindow;
import org.creativeatlas.ui.table.ActorTableBuilder;
import org.creativeatlas.ui.viewmodel.ActorItem;
import org.creativeatlas.ui.viewmodel.CatalogueViewModel;
import org.creativeatlas.ui.viewmodel.FilterViewModel;

/** The main window: menus, a tab with a table per actor type, the status bar. */
public final class MainController {

    @FXML private TabPane tabs;
    @FXML private Tab networkTab;
    @FXML private NetworkController networkController;
    @FXML private Tab mapTab;
    @FXML private MapController mapController;
    @FXML private MenuItem undoItem;
    @FXML private MenuItem redoItem;
    @FXML private Node undoButton;
    @FXML private Node redoButton;
    @FXML private RadioMenuItem langEn;
    @FXML private RadioMenuItem langRu;
    @FXML private RadioMenuItem langKk;
    @FXML private Label fileLabel;
    @FXML private Node addButton;
    @FXML private Node deleteButton;
    @FXML private Node detailPane;
    @FXML private MenuItem addItem;
    @FXML private MenuItem deleteItem;
    @FXML private MenuItem importDocumentsItem;
    @FXML private MenuItem importFolderItem;
    @FXML private MenuItem importSpreadsheetItem;
    @FXML private MenuItem findDuplicatesItem;
    @FXML private MenuItem restoreBackupItem;
    private List<Node> readOnlyControls = List.of();
    private List<MenuItem> readOnlyItems = List.of();
    @FXML private Label totalsLabel;
    @FXML private Label shownLabel;
    @FXML private Label messageLabel;
    @FXML private HBox toolRow;
    @FXML private HBox filterRow;
    @FXML private Node filterBar;

    private final CatalogueViewModel catalogue;
    private final FilterViewModel filter;
    private final Messages messages;
    private final WindowActions actions;
    private final UiLanguage language;
    private final WindowPlace place;
    private final ActorTabs actorTabs;
    private Subscription subscriptions = Subscription.EMPTY;
    /** How long a message stays in the status bar: it reports what just happened, not a state. */
    private final PauseTransition messageTime = new PauseTransition(Duration.seconds(8));
    /** Below this width of the tab strip the tabs are drawn compact. */
    private static final double COMPACT_TABS_BELOW = 780;

    public MainController(CatalogueViewModel catalogue, FilterViewModel filter, Messages messages,
                          ActorTableBuilder tableBuilder, PreferencesStore prefs, WindowActions actions,
                          UiLanguage language, WindowPlace place) {
        this.place = place;
        this.catalogue = catalogue;
        this.filter = filter;
        this.messages = messages;
        this.actorTabs = new ActorTabs(catalogue, messages, tableBuilder, prefs);
        this.actions = actions;
        this.language = language;
    }

    @FXML
    private void initialize() {
        readOnlyControls = List.of(addButton, deleteButton, detailPane);
        readOnlyItems = List.of(addItem, deleteItem, importDocumentsItem, importFolderItem, importSpreadsheetItem,
                findDuplicatesItem, restoreBackupItem);
        ActorItem selected = catalogue.selected().get();
        for (ActorType type : ActorType.values()) {
            tabs.getTabs().add(tabs.getTabs().indexOf(networkTab), actorTabs.tab(type, this::onDelete));
        }
        TabHeaders.keepInSight(tabs);
        networkTab.setOnSelectionChanged(e -> {
            if (networkTab.isSelected()) {
                networkController.activate();
            }
        });
        mapTab.setOnSelectionChanged(e -> {
            if (mapTab.isSelected()) {
                mapController.activate();
            }
        });
        boolean returning = place.tabId() != null;
        if (returning) {
            returnTo(place);
            catalogue.selected().set(selected);
        } else {
            tabs.getSelectionModel().selectFirst();
        }
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> onTabChanged());
        compactViewTabs();
        undoItem.disableProperty().bind(catalogue.canUndo().not());
        redoItem.disableProperty().bind(catalogue.canRedo().not());
        undoButton.disableProperty().bind(catalogue.canUndo().not());
        redoButton.disableProperty().bind(catalogue.canRedo().not());
        fileLabel.setText(catalogue.catalogue().location()
                + (catalogue.readOnly() ? " — " + messages.get("status.read_only") : ""));
        if (catalogue.readOnly()) {
            readOnlyControls.forEach(n -> n.setDisable(true));
            readOnlyItems.forEach(i -> i.setDisable(true));
        }
        totalsLabel.textProperty().bind(Bindings.createStringBinding(() -> messages.get("status.totals",
                catalogue.actorCount().get(), catalogue.linkCount().get()), catalogue.actorCount(), catalogue.linkCount()));
        totalsLabel.setTooltip(new Tooltip(messages.get("status.links.counted")));
        messageLabel.textProperty().bind(catalogue.message());
        messageTime.setOnFinished(e -> catalogue.message().set(""));
        subscriptions = Subscription.combine(
                catalogue.selected().subscribe(item -> actorTabs.reveal(item, this::toFront)),
                catalogue.message().subscribe(m -> messageTime.playFromStart()),
                catalogue.selectedGroup().subscribe(actorTabs::selectGroup),
                catalogue.refusal().subscribe(r -> {
                    if (r != null) {
                        catalogue.message().set(messages.problem(r.problem()));
                    }
                }),
                catalogue.notice().subscribe(n -> {
                    if (n != null) {
                        catalogue.message().set(messages.problem(n));
                    }
                }));
        setUpLanguages();
        tabs.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                subscriptions = subscriptions.and(ToolbarRows.follow(scene.widthProperty(), toolRow, filterBar, filterRow));
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), this::onRedo);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), this::onReport);
            }
        });
        onTabChanged();
        if (!returning && catalogue.selected().get() == null && !currentTable().getItems().isEmpty()) {
            currentTable().getSelectionModel().clearAndSelect(0, currentTable().getColumns().get(0));
        }
    }

    /** Opens the tab, rows and scroll positions the window before this one (another language) showed. */
    private void returnTo(WindowPlace where) {
        actorTabs.returnTo(where);
        tabs.getTabs().stream().filter(t -> where.tabId().equals(t.getId())).findFirst()
                .ifPresent(tabs.getSelectionModel()::select);
    }

    private void rememberPlace() {
        place.remember(tabs.getSelectionModel().getSelectedItem().getId(), actorTabs.currentType(), actorTabs.places());
    }

    /**
     * When the tab strip is too narrow for every tab, the table tabs drop their icons and the network's and the
     * map's tabs their names (kept in a tooltip), so no tab is pushed into the overflow menu on a small screen.
     */
    private void compactViewTabs() {
        BooleanProperty compactTabs = actorTabs.compact();
        compactTabs.bind(tabs.widthProperty().lessThan(COMPACT_TABS_BELOW));
        for (Tab tab : List.of(networkTab, mapTab)) {
            String name = tab.getText();
            tab.setTooltip(new Tooltip(name));
            compactTabs.subscribe(compact -> tab.setText(compact ? null : name));
        }
    }

    private void setUpLanguages() {
        ToggleGroup group = new ToggleGroup();
        Map<UiLanguage, RadioMenuItem> items = Map.of(UiLanguage.EN, langEn, UiLanguage.RU, langRu, UiLanguage.KK, langKk);
        items.forEach((lang, item) -> {
            item.setText(lang.nativeName());
            item.setToggleGroup(group);
            item.setSelected(lang == language);
            item.setOnAction(e -> {
                if (lang != language) {
                    actions.switchLanguage(lang);
                }
            });
        });
    }

    private ActorType currentType() {
        return actorTabs.currentType();
    }

    private TableView<ActorItem> currentTable() {
        return actorTabs.currentTable();
    }

    private void onTabChanged() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        if (tab != null && tab.getUserData() instanceof ActorType type) {
            actorTabs.show(type);
            shownLabel.textProperty().bind(actorTabs.shownText(type));
        }
    }

    /** Brings a table's tab to the front, unless the network or the map shows the selection itself. */
    private void toFront(ActorType type) {
        if (!networkTab.isSelected() && !mapTab.isSelected()) {
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> t.getUserData() == type).findFirst().orElseThrow());
        }
    }

    @FXML
    private void onAdd() {
        ActorType type = currentType();
        Optional<ActorItem> added = catalogue.add(type, messages.get("new." + type.code()));
        if (added.isEmpty()) {
            catalogue.message().set(messages.problem(Problem.of("problem.busy")));
            return;
        }
        ActorItem item = added.get();
        catalogue.selected().set(item);
        TableView<ActorItem> table = currentTable();
        int index = table.getItems().indexOf(item);
        table.requestFocus();
        Platform.runLater(() -> {
            table.layout();
            table.edit(index, table.getColumns().get(0));
        });
        catalogue.message().set(messages.get("message.added", messages.get("type." + type.code())));
    }

    @FXML
    private void onDelete() {
        TableView<ActorItem> table = currentTable();
        Set<ActorItem> items = new LinkedHashSet<>(table.getSelectionModel().getSelectedItems());
        items.remove(null);
        if (items.isEmpty()) {
            return;
        }
        String header = items.size() == 1
                ? messages.get("delete.header.one", items.iterator().next().actor().name())
                : messages.get("delete.header.many", items.size());
        String text = messages.get("delete.text", catalogue.linkCount(items));
        if (dialogs().confirm(header, text, messages.get("action.delete"))) {
            Optional<Problem> refused = catalogue.delete(List.copyOf(items));
            catalogue.message().set(refused.map(messages::problem)
                    .orElse(messages.get("message.deleted", items.size())));
            table.requestFocus();
        }
    }

    @FXML
    private void onUndo() {
        if (catalogue.canUndo().get()) {
            Optional<Problem> refused = catalogue.undo();
            catalogue.message().set(refused.map(messages::problem).orElse(messages.get("message.undone")));
            // a colleague's later edit stands in the way: said where it cannot be missed, not only in the status line
            refused.filter(p -> p.key().equals("problem.undo.overtaken"))
                    .ifPresent(p -> dialogs().warn(messages.get("undo.refused"), messages.problem(p)));
        }
    }

    @FXML
    private void onRedo() {
        if (catalogue.canRedo().get()) {
            catalogue.message().set(catalogue.redo().map(messages::problem).orElse(messages.get("message.redone")));
        }
    }

    @FXML
    private void onFind() {
        Node search = tabs.getScene().lookup("#searchField");
        if (search != null) {
            search.requestFocus();
        }
    }

    @FXML
    private void onClearFilter() {
        filter.clear();
    }

    @FXML
    private void onNew() {
        actions.newCatalogue();
    }

    @FXML
    private void onOpen() {
        actions.openCatalogue();
    }

    @FXML
    private void onConnect() {
        actions.connectToServer();
    }

    @FXML
    private void onSaveAs() {
        actions.saveCatalogueAs();
    }

    @FXML
    private void onImportDocuments() {
        actions.importDocuments();
    }

    @FXML
    private void onImportFolder() {
        actions.importFolder();
    }

    @FXML
    private void onReport() {
        ReportWindow.open(tabs.getScene().getWindow(), catalogue.catalogue(), filter.filter().get(), language);
    }

    @FXML
    private void onImportSpreadsheet() {
        actions.importSpreadsheet();
    }

    /** The current table as it is shown: its filtered rows in their order, its visible columns in theirs. */
    @FXML
    private void onExportTable() {
        TableView<ActorItem> table = currentTable();
        List<ActorField> columns = table.getVisibleLeafColumns().stream()
                .map(c -> Coded.parse(ActorField.class, c.getId())).flatMap(Optional::stream).toList();
        actions.exportTable(currentType(), table.getItems().stream().map(ActorItem::actor).toList(), columns);
    }

    @FXML
    private void onFindDuplicates() {
        actions.findDuplicates();
    }

    @FXML
    private void onRestoreBackup() {
        actions.restoreBackup();
    }

    @FXML
    private void onAbout() {
        dialogs().inform(messages.get("about.header", BuildInfo.version()), messages.get("about.text"));
    }

    @FXML
    private void onQuit() {
        actions.quit();
    }

    private Dialogs dialogs() {
        return new Dialogs(messages, tabs.getScene().getWindow());
    }

    /**
     * Stops listening to the catalogue when the window is rebuilt (new language or catalogue) or closed, and saves
     * a column layout still waiting and where the researcher is, so the next window starts with them.
     */
    public void dispose() {
        rememberPlace();
        subscriptions.unsubscribe();
        messageTime.stop();
        actorTabs.dispose();
    }
}
