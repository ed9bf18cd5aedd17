package org.creativeatlas.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import org.creativeatlas.logic.SeedCatalogue;
import org.creativeatlas.logic.prefs.PreferencesStore;
import org.creativeatlas.model.Countries;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.store.ServerAddress;
import org.creativeatlas.ui.viewmodel.ActorItem;
import org.creativeatlas.ui.viewmodel.CandidateRow;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real window on a copy of the seed catalogue in a temporary folder, in English, with its preferences
 * in that folder too (never the user's own).
 */
final class AtlasWindowFixture {

    final Path db;
    final Path configDir;
    private AppShell shell;

    AtlasWindowFixture(Path dir) {
        this.db = dir.resolve("test-catalogue.db");
        this.configDir = dir.resolve("config");
    }

    void start(Stage stage) {
        startSized(stage, 1280, 800);
    }

    /** Starts the window on the seed catalogue with a remembered window size of {@code width × height}. */
    void startSized(Stage stage, double width, double height) {
        try (Catalogue seeded = SeedCatalogue.openDefault(db)) {
            assertTrue(seeded.actors().count() > 50, "the seed catalogue is loaded");
        }
        open(stage, width, height);
    }

    /** Starts the window on a new, empty catalogue. */
    void startEmpty(Stage stage) {
        open(stage);
    }

    /** Starts the window on a team catalogue, as {@code --db postgresql://…} does. */
    void startOnServer(Stage stage, ServerAddress server) {
        start(stage, new StartupOptions(db, false, configDir, server), 1280, 800);
    }

    private void open(Stage stage) {
        open(stage, 1280, 800);
    }

    private void open(Stage stage, double width, double height) {
        start(stage, new StartupOptions(db, false, configDir), width, height);
    }

    private void start(Stage stage, StartupOptions options, double width, double height) {
        PreferencesStore.open(configDir, "en").update(p -> p.withLanguage("en").withWindowSize(width, height));
        shell = new AppShell(stage, options);
        shell.start();
    }

    /** Waits until the catalogue is loaded and the tables are shown. */
    void awaitLoaded(FxRobot robot) throws TimeoutException {
        FxWait.until(15,
                () -> robot.lookup("#table-organisation").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Imports files as dropping them on the window does. */
    void importFiles(FxRobot robot, Path... files) {
        robot.interact(() -> shell.importFiles(List.of(files)));
    }

    /** Opens another catalogue in the window as File ▸ Open does, without waiting for it to load. */
    void openCatalogue(FxRobot robot, Path file) {
        robot.interact(() -> shell.open(file));
    }

    /** Closes the window as Quit does, which closes the catalogue file; a second call finds it closed. */
    void quit(FxRobot robot) {
        AppShell open = shell;
        shell = null;
        if (open != null) {
            robot.interact(open::quit);
        }
    }

    /** Opens a check box filter and checks the entry of {@code value}, scrolling to it first. */
    static void check(FxRobot robot, String filterId, Object value, String label) {
        robot.clickOn(filterId);
        ListView<?> list = (ListView<?>) robot.lookup((Node n) -> n instanceof ListView<?> l && l.getItems().contains(value))
                .query();
        robot.interact(() -> {
            list.scrollTo(list.getItems().indexOf(value));
            list.layout();
        });
        robot.clickOn(robot.from(list).lookup(".list-cell").match(LabeledMatchers.hasText(label)).queryAs(Node.class));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Switches the window's language as View ▸ Language does, without the robot's clicks. */
    void switchLanguage(FxRobot robot, UiLanguage to) throws TimeoutException {
        robot.interact(() -> shell.switchLanguage(to));
        awaitLoaded(robot);
    }

    /**
     * Chooses the window's language from View ▸ Language, as a researcher does, and waits for the window rebuilt
     * in it; {@code from} is the language the window speaks now.
     */
    void chooseLanguage(FxRobot robot, UiLanguage from, UiLanguage to) throws TimeoutException {
        robot.clickOn(from.messages().get("menu.view"));
        Node language = menuEntry(robot, from.messages().get("menu.view.language"));
        robot.moveTo(language);
        WaitForAsyncUtils.waitForFxEvents();
        // straight right into the submenu first: a diagonal path crosses another entry, which closes it
        Node entry = menuEntry(robot, to.nativeName());
        robot.moveTo(new Point2D(entry.localToScreen(entry.getBoundsInLocal()).getCenterX(),
                language.localToScreen(language.getBoundsInLocal()).getCenterY()));
        robot.clickOn(entry);
        WaitForAsyncUtils.waitForFxEvents();
        awaitLoaded(robot);
    }

    private static Node menuEntry(FxRobot robot, String text) {
        return robot.lookup(".context-menu .label").match(LabeledMatchers.hasText(text))
                .queryAll().stream().filter(n -> n.getScene() != null && n.isVisible()).findFirst().orElseThrow();
    }

    /** Scrolls the scroll pane around {@code node} until the node is in sight, as the mouse wheel would. */
    static void scrollIntoView(FxRobot robot, Node node) {
        Node parent = node.getParent();
        while (parent != null && !(parent instanceof ScrollPane)) {
            parent = parent.getParent();
        }
        if (parent instanceof ScrollPane pane) {
            robot.interact(() -> {
                Node content = pane.getContent();
                double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
                double room = content.getLayoutBounds().getHeight() - pane.getViewportBounds().getHeight();
                pane.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, y - 20) / room));
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** The country picker's label of a country: its code and English name. */
    static String countryLabel(String code) {
        return code + "  " + Countries.byCode(code).orElseThrow().name("en");
    }

    /** The title a check box filter shows on its button (what the researcher reads, not the title property). */
    static String shownTitle(FxRobot robot, String filterId) {
        return robot.lookup(filterId + " .list-cell").match((Node n) -> {
            for (Node up = n.getParent(); up != null; up = up.getParent()) {
                if (up instanceof VirtualFlow<?>) {
                    return false;
                }
            }
            return true;
        }).queryLabeled().getText();
    }

    /** Clicks the clear button at the end of the filter bar. */
    static void clearFilter(FxRobot robot) {
        robot.clickOn(robot.lookup(".filter-bar > .button").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types a search into the search field (after emptying it) and waits for the tables to follow. */
    static void search(FxRobot robot, String text) {
        robot.clickOn("#searchField");
        robot.push(KeyCode.CONTROL, KeyCode.A).type(KeyCode.BACK_SPACE);
        robot.write(text);
        // the search runs once typing pauses
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static String searchText(FxRobot robot) {
        return robot.lookup("#searchField").queryTextInputControl().getText();
    }

    /** The list of the box's entries a drop-down window shows: what the researcher sees, not a flag; else empty. */
    static Optional<ListView<?>> openList(FxRobot robot, ComboBox<?> box) {
        return robot.lookup(".list-view").queryAllAs(ListView.class).stream()
                .filter(l -> l.getScene().getWindow() instanceof PopupWindow w && w.isShowing() && l.isVisible()
                        && l.getHeight() > 0 && l.getItems().equals(box.getItems()))
                .<ListView<?>>map(l -> l).findFirst();
    }

    /** Waits for the review of the next document (a candidate table other than {@code previous}) and returns it. */
    @SuppressWarnings("unchecked")
    static TableView<CandidateRow> awaitReview(FxRobot robot, TableView<CandidateRow> previous) throws TimeoutException {
        FxWait.until(60, () -> robot.lookup("#candidateTable").tryQuery()
                .filter(t -> t != previous).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#candidateTable").queryAs(TableView.class);
    }

    /** The cell of a column in a row of the review's candidate table, scrolled into view as a researcher would. */
    static TableCell<?, ?> candidateCell(FxRobot robot, TableView<CandidateRow> table, int index, String columnId) {
        robot.interact(() -> table.scrollTo(index));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.from(table).lookup(".table-cell").match((Node n) -> n instanceof TableCell<?, ?> c
                && c.getIndex() == index && c.getTableColumn() != null
                && columnId.equals(c.getTableColumn().getId())).queryAs(TableCell.class);
    }

    /** The row of the review's candidate table whose candidate has this name. */
    static int candidateIndex(TableView<CandidateRow> table, String name) {
        List<CandidateRow> rows = table.getItems();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).candidate().name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no candidate " + name);
    }

    @SuppressWarnings("unchecked")
    static TableView<ActorItem> table(FxRobot robot, String typeCode) {
        return (TableView<ActorItem>) robot.lookup("#table-" + typeCode).queryAs(TableView.class);
    }

    /** The index of the row of actor {@code id} as the table shows it, or -1. */
    static int indexOf(TableView<ActorItem> table, long id) {
        return AtlasTables.indexOf(table, id);
    }

    /** The cell showing {@code columnId} of the table's row {@code index}. */
    static TableCell<?, ?> cell(FxRobot robot, TableView<ActorItem> table, int index, String columnId) {
        robot.interact(() -> table.getColumns().stream().filter(c -> columnId.equals(c.getId())).findFirst()
                .ifPresent(table::scrollToColumn));
        VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
        // twice: the first pass lands near the row (estimated), the second on it
        robot.interact(() -> flow.scrollTo(index));
        robot.interact(() -> flow.scrollTo(index));
        WaitForAsyncUtils.waitForFxEvents();
        VirtualFlow<?> f = (VirtualFlow<?>) table.lookup(".virtual-flow");
        return robot.from(table).lookup(".table-cell").match((Node n) -> n instanceof TableCell<?, ?> c
                && c.getIndex() == index && c.getTableColumn() != null
                && columnId.equals(c.getTableColumn().getId())).queryAs(TableCell.class);
    }
}


