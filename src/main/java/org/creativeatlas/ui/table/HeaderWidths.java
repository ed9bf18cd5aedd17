package org.creativeatlas.ui.table;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * Keeps every column of a table at least as wide as its header, in the language and font it is shown in: fixed
 * widths cut the longer Russian and Kazakh headers short. A column may still be made wider, never narrower.
 */
public final class HeaderWidths {

    /** Room for the sort arrow beside the header's text. */
    private static final double SORT_ARROW = 18;

    private HeaderWidths() {
    }

    public static void keep(TableView<?> table) {
        keep(table, () -> { });
    }

    /** Fits the headers once they are shown, and again for a column shown later; then runs {@code fitted}. */
    public static void keep(TableView<?> table, Runnable fitted) {
        Runnable fit = () -> Platform.runLater(() -> {
            fit(table);
            fitted.run();
        });
        table.skinProperty().addListener(obs -> fit.run());
        table.getVisibleLeafColumns().addListener((ListChangeListener<Object>) c -> fit.run());
    }

    private static void fit(TableView<?> table) {
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.getTableColumn() != null
                    && header.lookup(".label") instanceof Label label) {
                double needed = Math.ceil(label.prefWidth(-1) + header.snappedLeftInset()
                        + header.snappedRightInset() + SORT_ARROW);
                TableColumnBase<?, ?> column = header.getTableColumn();
                if (column.getMinWidth() < needed) {
                    column.setMinWidth(needed);
                }
                if (column.getPrefWidth() < needed) {
                    column.setPrefWidth(needed);
                }
            }
        }
    }
}
