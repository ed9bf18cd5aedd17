package org.creativeatlas.ui;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import org.creativeatlas.ui.viewmodel.ActorItem;

/** Finding rows of the window's actor tables and their scroll positions. */
final class AtlasTables {

    private AtlasTables() {
    }

    /** The index of the row of actor {@code id} as the table shows it, or -1. */
    static int indexOf(TableView<ActorItem> table, long id) {
        List<ActorItem> items = table.getItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the first row the table shows, 0 before it is shown. */
    static int firstRow(TableView<?> table) {
        return table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getFirstVisibleCell() != null
                ? flow.getFirstVisibleCell().getIndex() : 0;
    }

    /** Scrolls row {@code row} to the top once the table is shown (its rows exist only then). */
    static void scrollOnceShown(TableView<?> table, int row) {
        if (row <= 0) {
            return;
        }
        table.skinProperty().addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable skin) {
                table.skinProperty().removeListener(this);
                Platform.runLater(() -> {
                    if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
                        flow.scrollToTop(row);
                    }
                });
            }
        });
    }
}
