package org.creativeatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.creativeatlas.logic.geo.CityGazetteer;
import org.creativeatlas.logic.map.MapCounts;
import org.creativeatlas.logic.time.YearRange;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.ui.map.MapCanvas;
import org.creativeatlas.ui.map.MapController;
import org.creativeatlas.ui.map.TimelineStrip;
import org.creativeatlas.ui.network.NetworkController;
import org.creativeatlas.ui.viewmodel.ActorItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The map tab on the seed catalogue, driven by clicks and keys and checked against the catalogue file. */
class MapViewTest extends AtlasWindowTest {

    private static final long BISHKEK = CityGazetteer.standard().find("Bishkek").orElseThrow().id();
    private static final long ALMATY = CityGazetteer.standard().find("Almaty").orElseThrow().id();

    private MapController map;

    @BeforeEach
    void openMap(FxRobot robot) throws TimeoutException {
        robot.clickOn("#tab-map");
        map = (MapController) robot.lookup("#mapView").query().getUserData();
        await(() -> counts().total() > 0);
    }

    @Test
    void theMapCountsEveryActorOfTheCatalogue() {
        Set<Actor> all;
        try (Catalogue store = Catalogue.open(app.db)) {
            all = Set.copyOf(store.actors().all());
        }
        assertEquals(all.size(), counts().total());
        long kyrgyz = all.stream().filter(a -> "KG".equals(a.country())).count();
        assertEquals(kyrgyz, counts().country("KG"));
        long inBishkek = all.stream().filter(a -> "Bishkek".equals(a.city())).count();
        assertEquals(inBishkek, counts().place(BISHKEK).orElseThrow().total());
        assertTrue(canvas().markerOf(BISHKEK).isPresent(), "Bishkek has a marker");
        assertEquals(all.stream().filter(a -> a.country() == null && a.city() == null).count(), counts().nowhere());
    }

    @Test
    void clickingAMarkerSelectsItsActorsInTheTables(FxRobot robot) {
        separateBishkekAndAlmaty(robot);
        robot.clickOn(onScreen(BISHKEK), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        Set<Long> inBishkek;
        try (Catalogue store = Catalogue.open(app.db)) {
            inBishkek = store.actors().all().stream().filter(a -> "Bishkek".equals(a.city())).map(Actor::id)
                    .collect(Collectors.toSet());
        }
        Set<Long> selected = new java.util.HashSet<>();
        for (String type : new String[] {"organisation", "platform", "event", "person"}) {
            AtlasWindowFixture.table(robot, type).getSelectionModel().getSelectedItems()
                    .forEach(i -> selected.add(i.id()));
        }
        assertEquals(inBishkek, selected, "the tables select every actor of the city, none else");
        TableView<ActorItem> orgs = AtlasWindowFixture.table(robot, "organisation");
        assertTrue(orgs.getSelectionModel().getSelectedItems().size() > 1);
        assertEquals("tab-map", robot.lookup(".type-tabs").queryAs(TabPane.class).getSelectionModel()
                .getSelectedItem().getId(), "the map stays in front");
        assertEquals(BISHKEK, map.model().selectedPlace().get(), "the selected actor's city is highlighted");
        assertTrue(robot.lookup("#messageLabel").queryAs(Label.class).getText().contains("Bishkek"));

        robot.clickOn("#tab-organisation");
        assertTrue(orgs.getSelectionModel().getSelectedItems().size() > 1, "still selected in the table");
    }

    @Test
    void hoveringAMarkerListsItsActors(FxRobot robot) {
        separateBishkekAndAlmaty(robot);
        robot.moveTo(onScreen(ALMATY));
        WaitForAsyncUtils.waitForFxEvents();
        Label box = robot.lookup("#mapHover").queryAs(Label.class);
        assertTrue(box.isVisible());
        assertTrue(box.getText().startsWith("Almaty: "), box.getText());
        String someone;
        try (Catalogue store = Catalogue.open(app.db)) {
            someone = store.actors().all().stream().filter(a -> "Almaty".equals(a.city())).map(Actor::name)
                    .findFirst().orElseThrow();
        }
        assertTrue(box.getText().contains(someone), box.getText());
    }

    @Test
    void theMapFollowsTheFilter(FxRobot robot) throws TimeoutException {
        MapCounts before = counts();
        AtlasWindowFixture.check(robot, "#countryFilter", "KZ", "KZ  Kazakhstan");
        await(() -> counts() != before);

        long kazakh;
        try (Catalogue store = Catalogue.open(app.db)) {
            kazakh = store.actors().all().stream().filter(a -> "KZ".equals(a.country())).count();
        }
        assertEquals(kazakh, counts().total());
        assertEquals(0, counts().country("KG"));
        assertTrue(canvas().markerOf(BISHKEK).isEmpty(), "no marker in Bishkek under a Kazakhstan filter");
        assertTrue(canvas().markerOf(ALMATY).isPresent());
        assertTrue(robot.lookup("#mapSummary").queryAs(Label.class).getText().startsWith(kazakh + " actors"));
    }

    @Test
    void yearsTypedInTheFilterBarOrChosenOnTheTimelineNarrowTheMapTablesAndNetwork(FxRobot robot)
            throws TimeoutException {
        List<Actor> all;
        try (Catalogue store = Catalogue.open(app.db)) {
            all = store.actors().all();
        }
        YearRange y2024 = YearRange.parse("2024");
        Set<Long> of2024 = all.stream().filter(y2024::test).map(Actor::id).collect(Collectors.toSet());
        assertTrue(of2024.size() < all.size(), "some actors are dated in other years");
        TimelineStrip timeline = robot.lookup("#timeline").queryAs(TimelineStrip.class);
        TextField years = robot.lookup("#yearsFilter").queryAs(TextField.class);

        MapCounts before = counts();
        robot.clickOn(years).write("2024").type(KeyCode.ENTER);
        await(() -> counts() != before);
        assertEquals(of2024.size(), counts().total(), "the map counts the actors of 2024 and the undated");
        assertEquals(y2024, timeline.range().get(), "the timeline shades the years typed");
        TableView<ActorItem> events = AtlasWindowFixture.table(robot, "event");
        assertEquals(all.stream().filter(a -> a.type() == ActorType.EVENT && of2024.contains(a.id())).map(Actor::id)
                        .collect(Collectors.toSet()),
                events.getItems().stream().map(ActorItem::id).collect(Collectors.toSet()), "the events of 2024");

        int last = timeline.counts().lastYear();
        YearRange dragged = new YearRange(last - 2, last);
        double middle = timeline.getHeight() / 2;
        MapCounts typed = counts();
        robot.drag(timeline.localToScreen(timeline.xOf(last - 2), middle), MouseButton.PRIMARY)
                .moveTo(timeline.localToScreen(timeline.xOf(last), middle)).release(MouseButton.PRIMARY);
        await(() -> counts() != typed);
        assertEquals(dragged.toString(), years.getText(), "dragging across the timeline fills the years field");
        assertEquals(all.stream().filter(dragged::test).count(), counts().total());

        MapCounts chosen = counts();
        robot.doubleClickOn(timeline);
        await(() -> counts() != chosen);
        assertEquals("", years.getText(), "a double click is all years again");
        assertEquals(all.size(), counts().total());

        robot.clickOn(years).write("2024").type(KeyCode.ENTER);
        robot.clickOn("#tab-network");
        NetworkController network = (NetworkController) robot.lookup("#networkView").query().getUserData();
        await(() -> !network.model().busy().get() && network.model().visibleIds().equals(of2024));
    }

    @Test
    void anUnreadableYearIsMarkedAndLeavesTheFilterAlone(FxRobot robot) {
        TextField years = robot.lookup("#yearsFilter").queryAs(TextField.class);
        MapCounts before = counts();

        robot.clickOn(years).write("2025-2021").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(years.getStyleClass().contains("invalid"));
        assertTrue(years.getTooltip().getText().startsWith("Write years as"), years.getTooltip().getText());
        assertEquals("2025-2021", years.getText(), "what was typed stays to be corrected");
        assertEquals(before, counts(), "the map was not counted again");
    }

    @Test
    void keysAndDragsMoveTheView(FxRobot robot) {
        double fitted = canvas().view().scale();
        robot.clickOn(canvas());
        robot.type(KeyCode.EQUALS);
        assertTrue(canvas().view().scale() > fitted * 1.2, "+ zooms in: " + canvas().view().scale() + " after "
                + fitted + ", focus on " + canvas().getScene().getFocusOwner());
        Point2D almaty = canvas().markerOf(ALMATY).orElseThrow();
        robot.drag(canvas()).moveBy(-80, -40).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Point2D moved = canvas().markerOf(ALMATY).orElseThrow();
        assertEquals(almaty.getX() - 80, moved.getX(), 3, "dragging pans");
        assertEquals(almaty.getY() - 40, moved.getY(), 3);
        robot.type(KeyCode.DIGIT0);
        assertEquals(fitted, canvas().view().scale(), 1e-9, "0 fits the region again");
        robot.clickOn("#mapZoomIn");
        assertNotEquals(fitted, canvas().view().scale());
    }

    /**
     * Zooms in between the two cities while one marker holds both (how close they may be drawn before they are
     * clustered depends on the size the window leaves the map).
     */
    private void separateBishkekAndAlmaty(FxRobot robot) {
        for (int i = 0; i < 4; i++) {
            Point2D bishkek = canvas().markerOf(BISHKEK).orElseThrow();
            if (canvas().clusterAt(bishkek.getX(), bishkek.getY()).map(c -> !c.contains(ALMATY)).orElse(false)) {
                return;
            }
            Point2D between = bishkek.midpoint(canvas().markerOf(ALMATY).orElse(bishkek));
            robot.interact(() -> canvas().zoomAt(between.getX(), between.getY(), 1.5));
        }
        throw new AssertionError("Bishkek and Almaty stay one marker however close the map zooms");
    }

    private MapCounts counts() {
        return canvas().scene().counts();
    }

    private MapCanvas canvas() {
        return map.canvas();
    }

    private Point2D onScreen(long placeId) {
        Point2D local = canvas().markerOf(placeId).orElseThrow();
        return canvas().localToScreen(local);
    }

    private static void await(BooleanSupplier condition) throws TimeoutException {
        FxWait.until(15, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
