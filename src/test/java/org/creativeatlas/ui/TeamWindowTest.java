package org.creativeatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.creativeatlas.logic.edit.CatalogueEditor;
import org.creativeatlas.logic.graph.PinnedPositions;
import org.creativeatlas.logic.graph.Point;
import org.creativeatlas.logic.prefs.LastServer;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.store.DismissedPairDao;
import org.creativeatlas.store.ServerAddress;
import org.creativeatlas.testing.Engine;
import org.creativeatlas.ui.network.NetworkController;
import org.creativeatlas.ui.viewmodel.ActorItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on a team catalogue while a colleague stores changes (a second client on the same server): what the
 * researcher is typing is never overwritten, and never overwrites the colleague's change unseen.
 */
@ExtendWith(ApplicationExtension.class)
class TeamWindowTest {

    @TempDir
    Path dir;
    private ServerAddress address;
    private Catalogue colleague;
    private CatalogueEditor colleagueEdits;
    private AtlasWindowFixture app;
    private long hub;

    @BeforeEach
    void openWindow(FxRobot robot) throws Exception {
        address = Engine.address(dir, "window");
        try (Catalogue setup = Catalogue.connect(address, null)) {
            hub = setup.actors().insert(Actor.named(ActorType.ORGANISATION, "Ololo Group")).id();
        }
        colleague = Catalogue.connect(address, null);
        colleague.actors().all();
        colleagueEdits = new CatalogueEditor(colleague);
        app = new AtlasWindowFixture(dir);
        FxToolkit.setupStage(stage -> app.startOnServer(stage, address));
        app.awaitLoaded(robot);
    }

    @AfterEach
    void close(FxRobot robot) {
        if (app != null) {
            app.quit(robot);
        }
        if (colleague != null) {
            colleague.close();
        }
    }

    @Test
    void theServerConnectedToIsRememberedForTheNextConnection() {
        assertEquals(Optional.of(address), new LastServer(app.configDir).load());
    }

    @Test
    void theConnectDialogOffersTheLastServerSaysWhatIsWrongAndConnects(FxRobot robot) throws Exception {
        DataCareWindowTest.menu(robot, "File", "Connect to a team catalogue…");
        TextField port = robot.lookup("#connectPort").queryAs(TextField.class);
        assertEquals(address.host(), robot.lookup("#connectHost").queryAs(TextField.class).getText());
        assertEquals(String.valueOf(address.port()), port.getText());
        assertEquals(address.database(), robot.lookup("#connectDatabase").queryAs(TextField.class).getText());

        robot.interact(() -> port.setText("55x"));
        robot.clickOn(DataCareWindowTest.dialogButton(robot, "Connect"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("The port is a number from 1 to 65535.",
                robot.lookup("#connectProblem").queryAs(Labeled.class).getText(), "said in the dialog, which stays");

        TableView<ActorItem> before = AtlasWindowFixture.table(robot, "organisation");
        robot.interact(() -> port.setText(String.valueOf(address.port())));
        robot.clickOn(DataCareWindowTest.dialogButton(robot, "Connect"));
        FxWait.until(10, () -> robot.lookup("#connectDialog").tryQuery().isEmpty()
                && robot.lookup("#table-organisation").tryQuery().filter(t -> t != before).isPresent());
        awaitShown(robot, a -> "Ololo Group".equals(a.name()));
    }

    @Test
    void typingInACellWhileAColleagueStoresTheSameFieldAsksWhichToKeep(FxRobot robot) throws Exception {
        typeInCityCell(robot, "Bishkek");

        colleagueEdits.edit(hub, ActorField.CITY, "Osh");
        awaitHeldBack(robot);
        robot.type(KeyCode.ENTER);

        awaitConflictDialog(robot);
        assertEquals("Bishkek", robot.lookup("#mine-city").queryAs(Labeled.class).getText());
        assertEquals("Osh", robot.lookup("#theirs-city").queryAs(Labeled.class).getText());
        assertEquals("Osh", colleague.actors().byId(hub).orElseThrow().city(), "nothing stored before choosing");
        robot.clickOn(DataCareWindowTest.dialogButton(robot, "Keep all mine"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Bishkek", colleague.actors().byId(hub).orElseThrow().city());
        awaitShown(robot, a -> "Bishkek".equals(a.city()));
    }

    @Test
    void typingInTheDetailPaneIsKeptWhenAColleaguesChangeArrivesAndAsksWhichToKeep(FxRobot robot)
            throws Exception {
        TableView<ActorItem> table = AtlasWindowFixture.table(robot, "organisation");
        robot.clickOn(AtlasWindowFixture.cell(robot, table, AtlasWindowFixture.indexOf(table, hub), "name"));
        TextField city = robot.lookup("#detail-city").queryAs(TextField.class);
        robot.clickOn(city).write("Bishkek");

        colleagueEdits.edit(hub, ActorField.CITY, "Osh");
        awaitHeldBack(robot);
        assertEquals("Bishkek", city.getText(), "what the researcher is typing stays");
        robot.type(KeyCode.ENTER);

        awaitConflictDialog(robot);
        robot.clickOn(DataCareWindowTest.dialogButton(robot, "Keep theirs"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Osh", colleague.actors().byId(hub).orElseThrow().city());
        FxWait.until(5, () -> "Osh".equals(city.getText()));
    }

    @Test
    void aColleaguesChangeOfAnotherFieldIsKeptBesideTheEditWithoutAsking(FxRobot robot) throws Exception {
        typeInCityCell(robot, "Bishkek");

        colleagueEdits.edit(hub, ActorField.WEBSITE, "https://ololo.kg");
        awaitHeldBack(robot);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(robot.lookup("#conflictDialog").tryQuery().isPresent(), "no field was changed by both");
        Actor stored = colleague.actors().byId(hub).orElseThrow();
        assertEquals("Bishkek", stored.city());
        assertEquals("https://ololo.kg", stored.website());
        awaitShown(robot, a -> "Bishkek".equals(a.city()) && "https://ololo.kg".equals(a.website()));
    }

    @Test
    void aPairAColleagueDismissesLeavesTheOpenDuplicatesWindow(FxRobot robot) throws Exception {
        long cyrillic = colleagueEdits.add(ActorType.PERSON, "Данияр Аманалиев").id();
        long latin = colleagueEdits.add(ActorType.PERSON, "Daniyar Amanaliev").id();
        FxWait.until(5,
                () -> AtlasWindowFixture.table(robot, "person").getItems().size() == 2);

        DataCareWindowTest.menu(robot, "Edit", "Find duplicates…");
        TableView<?> pairs = robot.lookup("#duplicatePairs").queryAs(TableView.class);
        FxWait.until(10, () -> pairs.getItems().size() == 1);

        colleague.dismissedPairs().insert(new DismissedPairDao.Pair(cyrillic, latin));
        FxWait.until(5, () -> pairs.getItems().isEmpty());
    }

    @Test
    void nodesAColleaguePinsArePinnedInTheOpenNetwork(FxRobot robot) throws Exception {
        NetworkViewTest.showTab(robot, "tab-network");
        NetworkController network = (NetworkController) robot.lookup("#networkView").query().getUserData();
        assertFalse(network.model().isPinned(hub));

        PinnedPositions.save(colleague.settings(), Map.of(hub, new Point(0.25, 0.75)));
        FxWait.until(5, () -> network.model().isPinned(hub));
    }

    @Test
    void undoOverAColleaguesLaterEditIsRefusedInADialog(FxRobot robot) throws Exception {
        typeInCityCell(robot, "Bishkek");
        robot.type(KeyCode.ENTER);
        FxWait.until(5,
                () -> "Bishkek".equals(colleague.actors().byId(hub).orElseThrow().city()));
        colleague.actors().refresh(hub);
        colleagueEdits.edit(hub, ActorField.CITY, "Osh");
        awaitShown(robot, a -> "Osh".equals(a.city()));

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        FxWait.until(5, () -> robot.lookup(".dialog-pane .header-panel .label")
                .match(LabeledMatchers.hasText("Not undone: a colleague changed it after you")).tryQuery().isPresent());
        assertTrue(robot.lookup(".dialog-pane .content").queryAs(Labeled.class).getText()
                .startsWith("Undo refused: «Ololo Group» was changed by"));
        robot.clickOn(DataCareWindowTest.dialogButton(robot, "Close"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Osh", colleague.actors().byId(hub).orElseThrow().city(), "the colleague's edit stands");
    }

    /** Waits until the window's row of the hub shows what {@code shown} expects (a colleague's change arrived). */
    private void awaitShown(FxRobot robot, java.util.function.Predicate<Actor> shown) throws Exception {
        TableView<ActorItem> table = AtlasWindowFixture.table(robot, "organisation");
        FxWait.until(5, () -> table.getItems().stream()
                .anyMatch(i -> i.id() == hub && shown.test(i.actor())));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens the hub's city cell and types, without confirming. */
    private void typeInCityCell(FxRobot robot, String text) {
        TableView<ActorItem> table = AtlasWindowFixture.table(robot, "organisation");
        TableCell<?, ?> city = AtlasWindowFixture.cell(robot, table, AtlasWindowFixture.indexOf(table, hub), "city");
        robot.doubleClickOn(city).write(text);
    }

    /** Waits until the window says a colleague's change of the row being edited arrived and waits for the edit. */
    private static void awaitHeldBack(FxRobot robot) throws Exception {
        FxWait.until(5, () -> robot.lookup("#messageLabel").queryAs(Labeled.class)
                .getText().startsWith("A colleague changed «Ololo Group» while you are editing it"));
    }

    private static void awaitConflictDialog(FxRobot robot) throws Exception {
        FxWait.until(5, () -> robot.lookup("#conflictDialog").tryQuery().isPresent());
    }
}
