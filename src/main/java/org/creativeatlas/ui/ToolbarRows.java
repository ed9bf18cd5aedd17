package org.creativeatlas.ui;

import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Subscription;

/**
 * The filter bar sits beside the toolbar's buttons where the window is wide enough for both, else on a row of its
 * own under them: in Kazakh the two need more than a 1024-pixel window, and squeezed they cut their words short.
 */
final class ToolbarRows {

    private final HBox buttons;
    private final Node filters;
    private final HBox below;

    private ToolbarRows(HBox buttons, Node filters, HBox below) {
        this.buttons = buttons;
        this.filters = filters;
        this.below = below;
    }

    /**
     * Moves {@code filters} between the end of {@code buttons} and {@code below} as {@code width} (the window's,
     * which outlives this toolbar: unsubscribe when it is rebuilt) changes.
     */
    static Subscription follow(ObservableDoubleValue width, HBox buttons, Node filters, HBox below) {
        ToolbarRows rows = new ToolbarRows(buttons, filters, below);
        HBox.setHgrow(filters, Priority.ALWAYS);
        Subscription watching = width.subscribe(() -> rows.arrange(width.get()));
        // the filter boxes take their widths from their titles once they are styled: look again then
        if (filters instanceof Parent parent) {
            parent.needsLayoutProperty().addListener(obs -> rows.arrange(width.get()));
        }
        rows.arrange(width.get());
        return watching;
    }

    private void arrange(double width) {
        double needed = buttons.snappedLeftInset() + buttons.snappedRightInset() + filters.minWidth(-1);
        for (Node child : buttons.getChildren()) {
            if (child != filters) {
                needed += child.prefWidth(-1) + buttons.getSpacing();
            }
        }
        boolean apart = width > 0 && width < needed;
        if (apart && filters.getParent() == buttons) {
            buttons.getChildren().remove(filters);
            below.getChildren().setAll(filters);
        } else if (!apart && filters.getParent() == below) {
            below.getChildren().clear();
            buttons.getChildren().add(filters);
        }
        below.setVisible(apart);
        below.setManaged(apart);
        // the separator before the filters goes with them
        buttons.getChildren().stream().filter(Separator.class::isInstance).forEach(s -> {
            s.setVisible(!apart);
            s.setManaged(!apart);
        });
    }
}
