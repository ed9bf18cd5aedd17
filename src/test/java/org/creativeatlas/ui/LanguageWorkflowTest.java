package org.creativeatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Window;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.ui.network.NetworkController;
import org.creativeatlas.ui.viewmodel.ActorItem;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Switching the window's language, on every tab, at the default window size and a small laptop's: every label
 * shows its whole text, and the window stays where the researcher was.
 */
class LanguageWorkflowTest extends AtlasWindowTest {

    private static final List<String> TABS = List.of("organisation", "platform", "event", "person", "network");

    @Test
    void everyLabelShowsItsWholeTextOnEveryTabInEveryLanguageAtBothSizes(FxRobot robot) throws Exception {
        Map<String, Long> chosen = wordiest();
        Set<String> names;
        try (Catalogue store = Catalogue.open(app.db)) {
            names = store.actors().all().stream().map(Actor::name).collect(Collectors.toSet());
        }
        List<String> clipped = new ArrayList<>();
        UiLanguage current = UiLanguage.EN;
        for (double[] size : List.of(new double[] {1280, 800}, new double[] {1024, 700})) {
            robot.interact(() -> {
                Window window = robot.lookup(".main-view").query().getScene().getWindow();
                window.setWidth(size[0]);
                window.setHeight(size[1]);
            });
            for (UiLanguage language : List.of(UiLanguage.EN, UiLanguage.RU, UiLanguage.KK)) {
                if (language != current) {
                    app.chooseLanguage(robot, current, language);
                    current = language;
                }
                for (String tab : TABS) {
                    String where = (int) size[0] + "×" + (int) size[1] + " " + language.code() + " " + tab + ": ";
                    if (!showTab(robot, tab)) {
                        clipped.add(where + "the tab's header is out of sight");
                    }
                    if (chosen.containsKey(tab)) {
                        // the actor with most to show: other names that wrap, with their language tags, many ties
                        TableView<ActorItem> table = AtlasWindowFixture.table(robot, tab);
                        robot.clickOn(AtlasWindowFixture.cell(robot, table,
                                AtlasWindowFixture.indexOf(table, chosen.get(tab)), "name"));
                    }
                    if (tab.equals("network")) {
                        awaitNetwork(robot);
                    }
                    WaitForAsyncUtils.waitForFxEvents();
                    for (String label : ShownText.clipped(robot.lookup(".main-view").queryAs(Parent.class), names)) {
                        clipped.add(where + label);
                    }
                }
            }
        }
        assertEquals(List.of(), clipped);
    }

    @Test
    void aLanguageSwitchKeepsTheOpenTableItsSelectionAndItsScroll(FxRobot robot) throws Exception {
        showTab(robot, "person");
        TableView<ActorItem> people = AtlasWindowFixture.table(robot, "person");
        robot.interact(() -> people.getSortOrder().get(0).setSortType(TableColumn.SortType.DESCENDING));
        List<Long> order = people.getItems().stream().map(ActorItem::id).toList();
        int index = people.getItems().size() - 2;
        ActorItem chosen = people.getItems().get(index);
        robot.clickOn(AtlasWindowFixture.cell(robot, people, index, "name"));
        int top = firstVisibleRow(people);
        assertTrue(top > 0, "the table is scrolled down");

        app.chooseLanguage(robot, UiLanguage.EN, UiLanguage.RU);

        assertEquals("tab-person", openTab(robot), "the same tab is open");
        TableView<ActorItem> after = AtlasWindowFixture.table(robot, "person");
        assertEquals(chosen.id(), after.getSelectionModel().getSelectedItem().id(), "the same row is selected");
        assertEquals(chosen.actor().name(), robot.lookup("#detailName").queryAs(Labeled.class).getText());
        assertEquals(top, firstVisibleRow(after), "scrolled as before");
        assertEquals(TableColumn.SortType.DESCENDING, after.getSortOrder().get(0).getSortType(), "sorted as before");
        assertEquals(order, after.getItems().stream().map(ActorItem::id).toList(), "in the same order");
    }

    @Test
    void aLanguageSwitchOnTheNetworkStaysOnTheNetworkWithItsChoicesAndView(FxRobot robot) throws Exception {
        showTab(robot, "person");
        TableView<ActorItem> people = AtlasWindowFixture.table(robot, "person");
        ActorItem chosen = people.getItems().get(3);
        robot.clickOn(AtlasWindowFixture.cell(robot, people, 3, "name"));
        showTab(robot, "network");
        awaitNetwork(robot);
        robot.clickOn("#acrossBorders");
        robot.clickOn("#egoDepth");
        robot.clickOn("Neighbourhood, depth 2");
        awaitNetwork(robot);
        robot.clickOn("#networkZoomIn");
        robot.clickOn("#networkZoomIn");
        WaitForAsyncUtils.waitForFxEvents();
        NetworkController before = network(robot);
        double scale = before.canvas().scale();
        java.util.Set<Long> shown = before.model().visibleIds();

        app.chooseLanguage(robot, UiLanguage.EN, UiLanguage.KK);

        assertEquals("tab-network", openTab(robot), "the network stays in front");
        awaitNetwork(robot);
        NetworkController now = network(robot);
        assertTrue(robot.lookup("#acrossBorders").queryAs(javafx.scene.control.CheckBox.class).isSelected());
        assertEquals(2, robot.lookup("#egoDepth").queryAs(javafx.scene.control.ComboBox.class).getValue());
        assertEquals(chosen.id(), now.model().selectedId().get(), "the same actor is at the centre");
        assertEquals(shown, now.model().visibleIds(), "the same actors are shown");
        assertEquals(scale, now.canvas().scale(), 1e-9, "at the same zoom");
    }

    private static String openTab(FxRobot robot) {
        return robot.lookup(".type-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId();
    }

    private static int firstVisibleRow(TableView<?> table) {
        VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
        return flow.getFirstVisibleCell().getIndex();
    }

    private static NetworkController network(FxRobot robot) {
        return (NetworkController) robot.lookup("#networkView").query().getUserData();
    }

    /** Clicks the tab's header; false if it cannot be clicked (then the tab is chosen another way, to go on). */
    private static boolean showTab(FxRobot robot, String tab) {
        TabPane tabs = robot.lookup(".type-tabs").queryAs(TabPane.class);
        Node header = robot.lookup("#tab-" + tab).match(n -> n.getStyleClass().contains("tab")).query();
        boolean inSight = header.isVisible() && tabs.localToScene(tabs.getLayoutBounds())
                .contains(header.localToScene(header.getLayoutBounds()));
        if (inSight) {
            robot.clickOn(header);
        } else {
            robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(t -> ("tab-" + tab).equals(t.getId())).findFirst().orElseThrow()));
        }
        WaitForAsyncUtils.waitForFxEvents();
        return inSight;
    }

    /** Per table tab, the actor with the most to show in the detail pane: the longest other name, then links. */
    private Map<String, Long> wordiest() {
        try (Catalogue store = Catalogue.open(app.db)) {
            Map<String, Long> chosen = new HashMap<>();
            for (ActorType type : ActorType.values()) {
                store.actors().ofType(type).stream()
                        .max(Comparator.comparingInt((Actor a) -> store.variants().of(a.id()).stream()
                                .mapToInt(v -> v.text().length()).max().orElse(0))
                                .thenComparingInt(a -> store.links().of(a.id()).size()))
                        .ifPresent(a -> chosen.put(type.code(), a.id()));
            }
            return chosen;
        }
    }

    private static void awaitNetwork(FxRobot robot) throws TimeoutException {
        NetworkController network = (NetworkController) robot.lookup("#networkView").query().getUserData();
        WaitForAsyncUtils.waitForFxEvents();
        FxWait.until(15, () -> !network.model().busy().get()
                && !network.model().measures().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
