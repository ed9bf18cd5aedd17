package org.creativeatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.Link;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.ui.network.NetworkController;
import org.creativeatlas.ui.viewmodel.ActorItem;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The network with a filter, as a researcher uses it: actors chosen in the tables, the neighbourhood and the
 * "neighbours across borders" choice on the network's bar, countries in the filter bar. What is drawn is checked
 * against the catalogue file: the filter applies in both modes, and foreign partners come only with that choice.
 */
class NetworkWorkflowTest extends AtlasWindowTest {

    @Test
    void theNeighbourhoodKeepsToTheCountryFilter(FxRobot robot) throws Exception {
        Map<Long, Actor> actors;
        long daniyar;
        long turan;
        Set<Long> turanNeighbours;
        try (Catalogue store = Catalogue.open(app.db)) {
            actors = store.actors().all().stream().collect(Collectors.toMap(Actor::id, Function.identity()));
            daniyar = byName(actors, "Данияр Аманалиев");
            turan = byName(actors, "«Тұран» университеті");
            turanNeighbours = neighbours(store, turan);
        }
        assertTrue(turanNeighbours.stream().anyMatch(id -> !"KZ".equals(actors.get(id).country())),
                "the Kazakh university has partners abroad");

        select(robot, "person", daniyar);
        showNetwork(robot);
        robot.clickOn("#egoDepth");
        robot.clickOn("Neighbourhood, depth 1");
        awaitDrawn(robot);
        assertTrue(visible(robot).contains(daniyar) && visible(robot).size() > 1, "his neighbourhood");

        AtlasWindowFixture.check(robot, "#countryFilter", "KZ", "KZ  Kazakhstan");
        awaitDrawn(robot);
        assertTrue(visible(robot).stream().allMatch(id -> "KZ".equals(actors.get(id).country())),
                "nothing outside the filter stays: " + visible(robot));
        assertEquals("Select an actor to see its neighbourhood.", summary(robot), "the Kyrgyz actor is not selected");

        select(robot, "organisation", turan);
        showNetwork(robot);
        awaitDrawn(robot);
        Set<Long> home = new HashSet<>(turanNeighbours);
        home.removeIf(id -> !"KZ".equals(actors.get(id).country()));
        home.add(turan);
        assertEquals(home, visible(robot), "its neighbours inside the filter");

        robot.clickOn("#acrossBorders");
        awaitDrawn(robot);
        Set<Long> all = new HashSet<>(turanNeighbours);
        all.add(turan);
        assertEquals(all, visible(robot), "with its partners abroad");

        robot.clickOn("#egoDepth");
        robot.clickOn("Whole network");
        awaitDrawn(robot);
        assertTrue(visible(robot).containsAll(all), "the whole filtered network holds the neighbourhood");
        robot.clickOn("#acrossBorders");
        awaitDrawn(robot);
        assertTrue(visible(robot).stream().allMatch(id -> "KZ".equals(actors.get(id).country())), "only Kazakhstan");
    }

    @Test
    void anActorTheFilterHidesHasNoNeighbourhoodAndTheViewSaysWhy(FxRobot robot) throws Exception {
        AtlasWindowFixture.check(robot, "#countryFilter", "KZ", "KZ  Kazakhstan");
        robot.clickOn("#tab-person");
        robot.clickOn("Add");
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Aigerim Sadykova").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        showNetwork(robot);
        robot.clickOn("#egoDepth");
        robot.clickOn("Neighbourhood, depth 1");
        awaitDrawn(robot);
        assertTrue(visible(robot).isEmpty(), "a new person without a country is outside the filter: " + visible(robot));
        assertTrue(summary(robot).contains("Aigerim Sadykova") && summary(robot).contains("filter"), summary(robot));
    }

    @Test
    void theStatusBarAndTheNetworkCountTheSameLinksAndSayWhichTheyAre(FxRobot robot) throws Exception {
        long actorCount;
        long linkCount;
        long kazakhLinks;
        try (Catalogue store = Catalogue.open(app.db)) {
            actorCount = store.actors().count();
            linkCount = store.links().count();
            Set<Long> kazakh = store.actors().all().stream().filter(a -> "KZ".equals(a.country())).map(Actor::id)
                    .collect(Collectors.toSet());
            kazakhLinks = store.links().all().stream()
                    .filter(l -> kazakh.contains(l.fromId()) && kazakh.contains(l.toId())).count();
        }
        showNetwork(robot);
        awaitDrawn(robot);
        Labeled totals = robot.lookup("#totalsLabel").queryAs(Labeled.class);
        Labeled header = robot.lookup("#networkSummary").queryAs(Labeled.class);
        assertEquals(List.of(actorCount, linkCount), numbers(totals.getText()), totals.getText());
        assertEquals(List.of(actorCount, linkCount), numbers(header.getText()), header.getText());
        assertNotNull(totals.getTooltip(), "the status bar says what it counts");
        assertNotNull(header.getTooltip(), "so does the network");
        assertEquals(totals.getTooltip().getText(), header.getTooltip().getText(), "and they count alike");
        assertTrue(header.getTooltip().getText().contains("works at"), header.getTooltip().getText());

        AtlasWindowFixture.check(robot, "#countryFilter", "KZ", "KZ  Kazakhstan");
        awaitDrawn(robot);
        assertEquals(kazakhLinks, numbers(header.getText()).get(1), "the links among the Kazakh actors");
        assertEquals(List.of(actorCount, linkCount), numbers(totals.getText()), "the totals stay the catalogue's");
    }

    private static List<Long> numbers(String text) {
        Matcher m = Pattern.compile("\\d+").matcher(text.replace(" ", "").replace("\u00a0", ""));
        List<Long> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(Long.parseLong(m.group()));
        }
        return found;
    }

    private static long byName(Map<Long, Actor> actors, String name) {
        return actors.values().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow().id();
    }

    /** Every actor linked to this one, or running a platform with it, as the catalogue stores them. */
    private static Set<Long> neighbours(Catalogue store, long id) {
        Set<Long> found = store.links().of(id).stream().map((Link l) -> l.otherEnd(id)).collect(Collectors.toSet());
        store.actors().operatedBy(id).forEach(p -> found.add(p.id()));
        store.actors().byId(id).map(Actor::operatorId).ifPresent(found::add);
        return found;
    }

    private static void select(FxRobot robot, String typeCode, long id) {
        robot.clickOn("#tab-" + typeCode);
        TableView<ActorItem> table = AtlasWindowFixture.table(robot, typeCode);
        int index = AtlasWindowFixture.indexOf(table, id);
        assertFalse(index < 0, "the row is shown");
        robot.clickOn(AtlasWindowFixture.cell(robot, table, index, "name"));
    }

    private static void showNetwork(FxRobot robot) {
        robot.clickOn("#tab-network");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static NetworkController network(FxRobot robot) {
        return (NetworkController) robot.lookup("#networkView").query().getUserData();
    }

    private static Set<Long> visible(FxRobot robot) {
        return network(robot).model().visibleIds();
    }

    private static String summary(FxRobot robot) {
        return robot.lookup("#networkSummary").queryAs(Label.class).getText();
    }

    private static void awaitDrawn(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        FxWait.until(15, () -> !network(robot).model().busy().get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
