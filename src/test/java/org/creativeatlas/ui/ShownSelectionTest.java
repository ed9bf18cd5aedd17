package org.creativeatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.creativeatlas.model.Actor;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.ui.viewmodel.ActorItem;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The detail pane shows what the window shows: never an actor the filter hides or one left behind on another tab.
 * The status bar's message goes after a while and never stays in the language the window left.
 */
class ShownSelectionTest extends AtlasWindowTest {

    @Test
    void aFilterThatHidesTheSelectedActorLeavesTheDetailPaneEmpty(FxRobot robot) {
        TableView<ActorItem> table = AtlasWindowFixture.table(robot, "organisation");
        ActorItem kyrgyz = table.getItems().stream().filter(i -> "KG".equals(i.actor().country())).findFirst()
                .orElseThrow();
        robot.clickOn(AtlasWindowFixture.cell(robot, table, table.getItems().indexOf(kyrgyz), "name"));
        assertEquals(kyrgyz.actor().name(), detailName(robot));

        AtlasWindowFixture.check(robot, "#countryFilter", "KZ", "KZ  Kazakhstan");

        assertEquals("", detailName(robot), "the hidden actor is no longer shown");
        assertTrue(robot.lookup("Select a row to see everything about it here.").tryQuery()
                .map(Node::isVisible).orElse(false), "the pane says what to do");
        ActorItem selectedRow = table.getSelectionModel().getSelectedItem();
        assertTrue(selectedRow == null, "no row is selected in the table: " + selectedRow);
    }

    @Test
    void eachTabShowsItsOwnSelection(FxRobot robot) {
        TableView<ActorItem> organisations = AtlasWindowFixture.table(robot, "organisation");
        robot.clickOn(AtlasWindowFixture.cell(robot, organisations, 2, "name"));
        String organisation = organisations.getItems().get(2).actor().name();
        assertEquals(organisation, detailName(robot));

        robot.clickOn("#tab-person");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", detailName(robot), "no person is selected yet, so no one is shown");

        TableView<ActorItem> people = AtlasWindowFixture.table(robot, "person");
        robot.clickOn(AtlasWindowFixture.cell(robot, people, 1, "name"));
        assertEquals(people.getItems().get(1).actor().name(), detailName(robot));

        robot.clickOn("#tab-organisation");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(organisation, detailName(robot), "back to the organisation selected on its tab");
    }

    @Test
    void followingALinkToAnActorTheFilterHidesShowsItInItsTable(FxRobot robot) {
        Actor home;
        Actor abroad;
        try (Catalogue store = Catalogue.open(app.db)) {
            home = store.actors().all().stream().filter(a -> "KZ".equals(a.country()) && !other(store, a).isEmpty())
                    .findFirst().orElseThrow();
            abroad = other(store, home).get(0);
        }
        AtlasWindowFixture.check(robot, "#countryFilter", "KZ", "KZ  Kazakhstan");
        robot.clickOn("#tab-" + home.type().code());
        TableView<ActorItem> table = AtlasWindowFixture.table(robot, home.type().code());
        robot.clickOn(AtlasWindowFixture.cell(robot, table, AtlasWindowFixture.indexOf(table, home.id()), "name"));

        Hyperlink link = robot.lookup("#linksBox .hyperlink").match((Hyperlink h) -> h.getText().equals(abroad.name()))
                .queryAs(Hyperlink.class);
        AtlasWindowFixture.scrollIntoView(robot, link);
        robot.clickOn(link);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(abroad.name(), detailName(robot));
        TableView<ActorItem> its = AtlasWindowFixture.table(robot, abroad.type().code());
        assertTrue(its.isVisible(), "its tab is in front");
        assertEquals(abroad.id(), its.getSelectionModel().getSelectedItem().id(),
                "its row is shown and selected, though the filter would hide it");
    }

    /** The actors of another type and outside Kazakhstan that {@code a} is linked to. */
    private static List<Actor> other(Catalogue store, Actor a) {
        return store.links().of(a.id()).stream().map(l -> store.actors().byId(l.otherEnd(a.id())).orElseThrow())
                .filter(o -> o.type() != a.type() && !"KZ".equals(o.country())).toList();
    }

    @Test
    void statusMessagesGoAfterAWhileAndNeverStayInTheOldLanguage(FxRobot robot) throws Exception {
        TableView<ActorItem> table = AtlasWindowFixture.table(robot, "organisation");
        robot.doubleClickOn(AtlasWindowFixture.cell(robot, table, 0, "start_year")).write("99999").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        String refused = message(robot);
        assertTrue(refused.startsWith("Impossible year"), refused);

        app.chooseLanguage(robot, UiLanguage.EN, UiLanguage.RU);
        assertNotEquals(refused, message(robot), "the English message does not stay in the Russian window");

        robot.doubleClickOn(AtlasWindowFixture.cell(robot, AtlasWindowFixture.table(robot, "organisation"), 0,
                "start_year")).write("99999").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(message(robot).isEmpty(), "a new message is shown");
        FxWait.until(15, () -> message(robot).isEmpty());
    }

    private static String detailName(FxRobot robot) {
        return robot.lookup("#detailName").queryAs(Label.class).getText();
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#messageLabel").queryAs(Label.class).getText();
    }

    /** A co-worker's long role beside a short name once squeezed the name into a column a letter wide. */
    @Test
    void coWorkersNamesAreNeverBrokenInsideAWord(FxRobot robot) {
        robot.clickOn("#tab-person");
        TableView<ActorItem> people = AtlasWindowFixture.table(robot, "person");
        ActorItem director = people.getItems().stream()
                .filter(i -> "Director of Compass College".equals(i.actor().role())).findFirst().orElseThrow();
        robot.clickOn(AtlasWindowFixture.cell(robot, people, people.getItems().indexOf(director), "name"));
        WaitForAsyncUtils.waitForFxEvents();

        List<Hyperlink> names = robot.lookup("#personSection .hyperlink").queryAllAs(Hyperlink.class).stream().toList();
        assertTrue(names.size() >= 3, "the director's college and co-workers are listed: " + names.size());
        for (Hyperlink name : names) {
            double longestWord = Arrays.stream(name.getText().split(" ")).mapToDouble(w -> {
                Text word = new Text(w);
                word.setFont(name.getFont());
                return word.getLayoutBounds().getWidth();
            }).max().orElse(0);
            assertTrue(name.getWidth() >= longestWord, name.getText() + " is " + name.getWidth()
                    + " px wide, its longest word " + longestWord);
        }
    }
}
