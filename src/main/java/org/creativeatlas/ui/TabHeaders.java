package org.creativeatlas.ui;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;

/**
 * Keeps a tab pane at least as wide as its row of tab headers, so a split pane never narrows it until a tab goes
 * behind the overflow menu (the Network tab did, in Russian and Kazakh, in a window 1024 pixels wide).
 */
final class TabHeaders {

    private TabHeaders() {
    }

    static void keepInSight(TabPane tabs) {
        tabs.skinProperty().addListener(obs -> Platform.runLater(() -> {
            // the pane's own header area, not one of a tab pane shown in a tab
            Region area = (Region) tabs.getChildrenUnmodifiable().stream()
                    .filter(n -> n.getStyleClass().contains("tab-header-area")).findFirst().orElse(null);
            if (area != null && area.lookup(".headers-region") instanceof Region headers) {
                tabs.minWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.ceil(
                        headers.getChildrenUnmodifiable().stream().mapToDouble(tab -> tab.prefWidth(-1)).sum()
                        + headers.snappedLeftInset() + headers.snappedRightInset() + area.snappedLeftInset()
                        + area.snappedRightInset() + tabs.snappedLeftInset() + tabs.snappedRightInset()),
                        headers.needsLayoutProperty()));
            }
        }));
    }
}
