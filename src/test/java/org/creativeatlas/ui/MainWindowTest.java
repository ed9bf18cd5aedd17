package org.creativeatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.logic.prefs.PreferencesStore;
import org.creativeatlas.model.Link;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.ui.viewmodel.ActorItem;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The main window driven like a researcher would, checked against what the catalogue file holds. */
class MainWindowTest extends AtlasWindowTest {

    @Test
    void anEditedCellIsInTheFileAfterReopening(FxRobot robot) {
        TableView<ActorItem> table = AtlasWindowFixture.table(robot, "organisation");
        ActorItem first = table.getItems().get(0);
        TableCell<?, ?> city = AtlasWindowFixture.cell(robot, table, 0, "city");

        robot.doubleClickOn(city).write("Shymkent").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Shymkent", first.actor().city(), "the row shows the edit");

        app.quit(robot);
        try (Catalogue reopened = Catalogue.open(app.db)) {
            assertEquals("Shymkent", reopened.actors().byId(first.id()).orElseThrow().city());
        }
    }

    @Test
    void twoCountriesLeaveExactlyTheRowsOfThoseCountries(FxRobot robot) {
        AtlasWindowFixture.check(robot, "#countryFilter", "KZ", "KZ  Kazakhstan");
        AtlasWindowFixture.check(robot, "#countryFilter", "KR", "KR  South Korea");

        Set<String> chosen = new HashSet<>(List.of("KZ", "KR"));
        Map<ActorType, Set<Long>> expected;
        try (Catalogue store = Catalogue.open(app.db)) {
            expected = store.actors().all().stream().filter(a -> chosen.contains(a.country()))
                    .collect(Collectors.groupingBy(Actor::type, Collectors.mapping(Actor::id, Collectors.toSet())));
        }
        assertFalse(expected.getOrDefault(ActorType.ORGANISATION, Set.of()).isEmpty(), "the seed has such rows");
        for (ActorType type : ActorType.values()) {
            Set<Long> shown = AtlasWindowFixture.table(robot, type.code()).getItems().stream()
                    .map(ActorItem::id).collect(Collectors.toSet());
            assertEquals(expected.getOrDefault(type, Set.of()), shown, type + " rows");
        }
        String count = robot.lookup("#shownLabel").queryAs(Label.class).getText();
        assertTrue(count.startsWith(expected.get(ActorType.ORGANISATION).size() + " of "), count);
    }

    @Test
    void deletingThenUndoingBringsTheRowAndItsLinksBack(FxRobot robot) {
        Actor linked;
        List<Link> links;
        try (Catalogue store = Catalogue.open(app.db)) {
            Map<Long, Long> linkCounts = store.links().all().stream()
                    .flatMap(l -> Stream.of(l.fromId(), l.toId()))
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            linked = store.actors().ofType(ActorType.ORGANISATION).stream()
                    .max(Comparator.comparing((Actor a) -> linkCounts.getOrDefault(a.id(), 0L))).orElseThrow();
            links = store.links().of(linked.id());
        }
        assertTrue(links.size() >= 2, "an organisation with links");
        TableView<ActorItem> table = AtlasWindowFixture.table(robot, "organisation");
        int index = AtlasWindowFixture.indexOf(table, linked.id());

        robot.clickOn(AtlasWindowFixture.cell(robot, table, index, "name")).type(KeyCode.DELETE);
        robot.clickOn("Delete");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(-1, AtlasWindowFixture.indexOf(table, linked.id()), "the row is gone");
        try (Catalogue store = Catalogue.open(app.db)) {
            assertTrue(store.actors().byId(linked.id()).isEmpty());
            assertTrue(store.links().of(linked.id()).isEmpty());
        }

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(-1, AtlasWindowFixture.indexOf(table, linked.id()), "the row is back");
        try (Catalogue store = Catalogue.open(app.db)) {
            assertEquals(linked, store.actors().byId(linked.id()).orElseThrow());
            assertEquals(links, store.links().of(linked.id()));
        }
        assertEquals(linked.name(), robot.lookup("#detailName").queryAs(Label.class).getText(), "it is selected");
        assertEquals(links.size(), robot.lookup("#linksBox .detail-row").queryAll().size(),
                "the detail pane lists its links again");
    }

    @Test
    void anImpossibleYearIsRefusedAtTheCellAndNotStored(FxRobot robot) {
        TableView<ActorItem> table = AtlasWindowFixture.table(robot, "organisation");
        ActorItem first = table.getItems().get(0);
        Integer before = first.actor().startYear();
        TableCell<?, ?> year = AtlasWindowFixture.cell(robot, table, 0, "start_year");

        robot.doubleClickOn(year).write("99999").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        TableCell<?, ?> shown = AtlasWindowFixture.cell(robot, table, 0, "start_year");
        assertTrue(shown.getStyleClass().contains("refused"), "the cell is marked");
        assertNotNull(shown.getTooltip(), "the cell explains why");
        assertTrue(shown.getTooltip().getText().contains("99999"), shown.getTooltip().getText());
        assertEquals(before == null ? "" : before.toString(), shown.getText(), "the cell shows the stored value");
        assertTrue(robot.lookup("#messageLabel").queryAs(Label.class).getText().startsWith("Impossible year"));
        try (Catalogue store = Catalogue.open(app.db)) {
            assertEquals(before, store.actors().byId(first.id()).orElseThrow().startYear());
        }
    }

    @Test
    void anEditWhileAnotherProgramWritesIsRefusedAtOnceWithWhatWasTypedAndStoredWhenTypedAgain(FxRobot robot)
            throws Exception {
        TableView<ActorItem> table = AtlasWindowFixture.table(robot, "organisation");
        ActorItem first = table.getItems().get(0);
        String before = first.actor().city();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + app.db);
             Statement st = other.createStatement()) {
            st.execute("BEGIN IMMEDIATE"); // another program's write, as a command-line import holds it

            robot.doubleClickOn(AtlasWindowFixture.cell(robot, table, 0, "city")).write("Түркістан")
                    .type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();

            String said = robot.lookup("#messageLabel").queryAs(Label.class).getText();
            assertTrue(said.startsWith("«Түркістан» was not stored") && said.contains("busy"), said);
            assertEquals(before, first.actor().city(), "the row keeps the stored value");
            st.execute("COMMIT");
        }

        robot.doubleClickOn(AtlasWindowFixture.cell(robot, table, 0, "city")).write("Түркістан").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        try (Catalogue store = Catalogue.open(app.db)) {
            assertEquals("Түркістан", store.actors().byId(first.id()).orElseThrow().city());
        }
    }

    @Test
    void theDetailPaneWrapsALongInstitutionsNameInsteadOfScrollingSideways(FxRobot robot) throws Exception {
        TableView<ActorItem> people = AtlasWindowFixture.table(robot, "person");
        robot.interact(() -> robot.lookup(".type-tabs").queryAs(TabPane.class)
                .getSelectionModel().select(3));
        int index = AtlasWindowFixture.indexOf(people, people.getItems().stream()
                .filter(p -> p.actor().name().equals("Alisher Abdykadyrov")).findFirst().orElseThrow().id());
        robot.interact(() -> people.getSelectionModel().clearAndSelect(index, people.getColumns().get(0)));
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane scroll = robot.lookup(".detail-scroll").queryAs(ScrollPane.class);
        FxWait.until(10, () -> robot.lookup(".detail-row").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        double content = ((Region) scroll.getContent()).getWidth();
        assertTrue(content <= scroll.getViewportBounds().getWidth() + 0.5,
                "the pane's content (" + content + ") fits its width (" + scroll.getViewportBounds().getWidth() + ")");
    }

    @Test
    void anAddedRowIsReadyForItsNameAndStored(FxRobot robot) {
        robot.clickOn("Add");
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Bishkek Design Hub").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        try (Catalogue store = Catalogue.open(app.db)) {
            assertEquals(1, store.actors().ofType(ActorType.ORGANISATION).stream()
                    .filter(a -> a.name().equals("Bishkek Design Hub")).count());
        }
        assertEquals("Bishkek Design Hub", robot.lookup("#detailName").queryAs(Label.class).getText());
    }

    @Test
    void choosingRussianRebuildsTheWindowInRussianAndIsRemembered(FxRobot robot) throws Exception {
        app.chooseLanguage(robot, UiLanguage.EN, UiLanguage.RU);

        assertTrue(robot.lookup("Файл").tryQuery().isPresent(), "the menus speak Russian");
        assertEquals("ru", PreferencesStore.open(app.configDir, "en").current().language());
    }
}
