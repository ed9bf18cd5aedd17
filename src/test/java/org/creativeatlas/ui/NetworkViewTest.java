package org.creativeatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Link;
import org.creativeatlas.model.LinkType;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.ui.network.NetworkCanvas;
import org.creativeatlas.ui.network.NetworkController;
import org.creativeatlas.ui.network.NetworkViewModel;
import org.creativeatlas.ui.viewmodel.ActorItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The network tab on the seed catalogue, checked against the catalogue file. */
class NetworkViewTest extends AtlasWindowTest {

    private NetworkController network;

    @BeforeEach
    void openNetwork(FxRobot robot) throws TimeoutException {
        showTab(robot, "tab-network");
        network = (NetworkController) robot.lookup("#networkView").query().getUserData();
        awaitLaidOut();
    }

    @Test
    void filteringByCountryChangesTheVisibleNodes(FxRobot robot) throws TimeoutException {
        Set<Long> everyone;
        Set<Long> kyrgyz;
        try (Catalogue store = Catalogue.open(app.db)) {
            everyone = store.actors().all().stream().map(Actor::id).collect(Collectors.toSet());
            kyrgyz = store.actors().all().stream().filter(a -> "KG".equals(a.country())).map(Actor::id)
                    .collect(Collectors.toSet());
        }
        assertEquals(everyone, model().visibleIds(), "without a filter every actor is shown");
        assertFalse(kyrgyz.isEmpty());

        AtlasWindowFixture.check(robot, "#countryFilter", "KG", "KG  Kyrgyzstan");
        await(() -> model().visibleIds().equals(kyrgyz));
        assertEquals(kyrgyz.size(), canvas().drawing().nodeCount(), "the canvas draws what the model shows");

        robot.clickOn("#acrossBorders");
        await(() -> model().visibleIds().size() > kyrgyz.size());
        assertTrue(model().visibleIds().containsAll(kyrgyz), "the chosen country stays");
    }

    @Test
    void selectingInTheTableSelectsAndCentresInTheView(FxRobot robot) throws TimeoutException {
        showTab(robot, "tab-person");
        TableView<ActorItem> people = AtlasWindowFixture.table(robot, "person");
        ActorItem person = people.getItems().get(people.getItems().size() / 2);
        robot.interact(() -> people.getSelectionModel().clearAndSelect(people.getItems().indexOf(person),
                people.getColumns().get(0)));

        showTab(robot, "tab-network");
        assertEquals(person.id(), model().selectedId().get(), "the view follows the table");
        Point2D at = canvas().screenPoint(person.id());
        assertNotNull(at, "the person is drawn");
        assertEquals(canvas().getWidth() / 2, at.getX(), 1.0, "centred");
        assertEquals(canvas().getHeight() / 2, at.getY(), 1.0, "centred");

        robot.clickOn("#networkFit");
        ActorItem other = people.getItems().stream().filter(p -> p != person && clickable(robot, p.id()))
                .findFirst().orElseThrow();
        robot.clickOn(onScreen(other.id()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(other.id(), people.getSelectionModel().getSelectedItem().id(), "the table follows the view");
    }

    @Test
    void keysZoomPanAndFitTheViewAsOnTheMap(FxRobot robot) {
        robot.clickOn("#networkFit");
        double fitted = canvas().scale();
        robot.interact(canvas()::requestFocus);
        robot.type(KeyCode.EQUALS);
        assertEquals(fitted * 1.25, canvas().scale(), 1e-9, "+ zooms in");
        long someone = canvas().drawing().id(0);
        Point2D before = canvas().screenPoint(someone);
        robot.type(KeyCode.RIGHT);
        Point2D after = canvas().screenPoint(someone);
        assertEquals(before.getX() - 60, after.getX(), 1e-6, "an arrow pans");
        assertEquals(before.getY(), after.getY(), 1e-6);
        robot.type(KeyCode.DIGIT0);
        assertEquals(fitted, canvas().scale(), 1e-9, "0 fits again");
    }

    @Test
    void linkingTwoActorsInTheViewAddsTheAffiliationAndUndoRemovesIt(FxRobot robot) throws TimeoutException {
        long person;
        long organisation;
        try (Catalogue store = Catalogue.open(app.db)) {
            person = store.actors().all().stream().filter(a -> a.type() == ActorType.PERSON && clickable(robot, a.id()))
                    .findFirst().orElseThrow().id();
            Set<Long> linked = store.links().of(person).stream().map(l -> l.otherEnd(person)).collect(Collectors.toSet());
            organisation = store.actors().all().stream().filter(a -> a.type() == ActorType.ORGANISATION
                    && !linked.contains(a.id()) && clickable(robot, a.id())).findFirst().orElseThrow().id();
        }
        int edges = canvas().drawing().edgeCount();

        robot.clickOn(onScreen(person));
        robot.press(KeyCode.SHIFT).clickOn(onScreen(organisation)).release(KeyCode.SHIFT);
        await(() -> robot.lookup("#linkRoleField").tryQuery()
                .map(n -> n.getScene().getWindow().isShowing() && n.getBoundsInLocal().getWidth() > 0).orElse(false));
        Node field = robot.lookup("#linkRoleField").query();
        robot.clickOn(field).write("Curator");
        // the dialog's own Link button (the detail pane has one too)
        robot.clickOn(robot.from(field.getScene().getRoot())
                .lookup((Node n) -> n instanceof Button b && "Link".equals(b.getText())).queryButton());
        awaitLaidOut();
        assertEquals(1, affiliations(person, organisation, "Curator"), "the link is stored");
        assertEquals(edges + 1, canvas().drawing().edgeCount(), "and drawn");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        awaitLaidOut();
        assertEquals(0, affiliations(person, organisation, "Curator"), "undo removes it");
        assertEquals(edges, canvas().drawing().edgeCount());
    }

    private long affiliations(long person, long organisation, String role) {
        try (Catalogue store = Catalogue.open(app.db)) {
            return store.links().of(person).stream().filter(l -> l.type() == LinkType.AFFILIATION
                    && l.fromId() == person && l.toId() == organisation && role.equals(l.role())).count();
        }
    }

    @Test
    void aWindowRebuiltInAnotherLanguageShowsTheNetworkWhereItWas(FxRobot robot) throws TimeoutException {
        showTab(robot, "tab-person");
        TableView<ActorItem> people = AtlasWindowFixture.table(robot, "person");
        robot.interact(() -> people.getSelectionModel().clearAndSelect(0, people.getColumns().get(0)));
        showTab(robot, "tab-network");
        robot.clickOn("#networkFit");
        long someone = canvas().drawing().id(0);
        Point2D before = canvas().screenPoint(someone);
        double scale = canvas().scale();

        app.switchLanguage(robot, UiLanguage.RU);
        network = (NetworkController) robot.lookup("#networkView").query().getUserData();
        awaitLaidOut();
        Point2D after = canvas().screenPoint(someone);
        assertEquals(scale, canvas().scale(), 1e-9, "the zoom is kept");
        assertEquals(before.getX(), after.getX(), 1.0, "the view is where it was");
        assertEquals(before.getY(), after.getY(), 1.0, "the view is where it was");
    }

    @Test
    void theMeasuresTableGivesItsSpareWidthToTheNames(FxRobot robot) throws TimeoutException {
        TableView<?> measures = robot.lookup("#measuresTable").queryAs(TableView.class);
        await(() -> measures.getWidth() > 0 && !measures.getItems().isEmpty());
        double name = measures.getColumns().get(0).getWidth();
        double widest = measures.getColumns().stream().skip(1).mapToDouble(TableColumn::getWidth).max().orElseThrow();
        assertTrue(name >= 150 && name > widest, "the name column (" + name + ") is wider than any figures' (" + widest + ")");
    }

    /** Drawn inside the canvas, clear of the legend, and the node a click there picks. */
    private boolean clickable(FxRobot robot, long actorId) {
        Point2D at = canvas().screenPoint(actorId);
        Node legend = robot.lookup("#networkLegend").query();
        return at != null && canvas().getLayoutBounds().contains(at)
                && !legend.getBoundsInParent().contains(canvas().localToParent(at))
                && canvas().drawing().id(canvas().nodeAt(at.getX(), at.getY())) == actorId;
    }

    private NetworkViewModel model() {
        return network.model();
    }

    private NetworkCanvas canvas() {
        return network.canvas();
    }

    /** Where the actor's node is on the screen, after the view has painted. */
    private Point2D onScreen(long actorId) {
        Point2D local = canvas().screenPoint(actorId);
        assertNotNull(local, "actor " + actorId + " is drawn");
        return canvas().localToScreen(local);
    }

    static void showTab(FxRobot robot, String id) {
        TabPane tabs = robot.lookup(".type-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(
                tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void awaitLaidOut() throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        await(() -> !model().busy().get() && canvas().drawing().nodeCount() > 0);
    }

    private static void await(BooleanSupplier condition) throws TimeoutException {
        FxWait.until(15, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
