package org.creativeatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.MouseButton;
import org.creativeatlas.ui.viewmodel.ActorItem;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Column widths and order dragged by the researcher, found again in the next window on the same preferences. */
class ColumnLayoutWindowTest extends AtlasWindowTest {

    @Test
    void aWidenedAndMovedColumnIsThatWayAfterReopening(FxRobot robot) throws Exception {
        TableView<ActorItem> table = AtlasWindowFixture.table(robot, "organisation");
        assertEquals(List.of("name", "kind", "country"), ids(table).subList(0, 3), "the default order");
        double nameWidth = column(table, "name").getWidth();

        // the resize handle sits on the header's right border
        Bounds name = header(robot, "name");
        robot.drag(name.getMaxX(), name.getCenterY(), MouseButton.PRIMARY).moveBy(90, 0).release(MouseButton.PRIMARY);
        Bounds kind = header(robot, "kind");
        Bounds country = header(robot, "country");
        robot.drag(country.getCenterX(), country.getCenterY(), MouseButton.PRIMARY)
                .moveTo(new Point2D(kind.getMinX() + 10, kind.getCenterY()))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        double widened = column(table, "name").getWidth();
        List<String> moved = ids(table);
        assertEquals(nameWidth + 90, widened, 2, "the drag widened the name column");
        assertEquals(List.of("name", "country", "kind"), moved.subList(0, 3), "the drag moved country before kind");

        app.quit(robot);
        FxToolkit.setupStage(app::start);
        app.awaitLoaded(robot);

        TableView<ActorItem> reopened = AtlasWindowFixture.table(robot, "organisation");
        assertEquals(moved, ids(reopened));
        assertEquals(widened, column(reopened, "name").getWidth(), 1);
    }

    private static List<String> ids(TableView<ActorItem> table) {
        return table.getColumns().stream().map(TableColumn::getId).toList();
    }

    private static TableColumn<ActorItem, ?> column(TableView<ActorItem> table, String id) {
        return table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    private static Bounds header(FxRobot robot, String id) {
        Node header = robot.lookup("#table-organisation .column-header")
                .match((Node n) -> n instanceof TableColumnHeader h && h.getTableColumn() != null
                        && id.equals(h.getTableColumn().getId())).query();
        return header.localToScreen(header.getBoundsInLocal());
    }
}
