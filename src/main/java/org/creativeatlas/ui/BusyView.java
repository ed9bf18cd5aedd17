package org.creativeatlas.ui;

import javafx.concurrent.Task;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Covers the window while a task runs, with its progress and what it is doing. */
final class BusyView extends StackPane {

    BusyView(Task<?> task) {
        getStyleClass().add("busy-overlay");
        setId("busyView");
        ProgressIndicator progress = new ProgressIndicator();
        progress.progressProperty().bind(task.progressProperty());
        Label message = new Label();
        message.textProperty().bind(task.messageProperty());
        VBox card = new VBox(12, progress, message);
        card.getStyleClass().add("busy-card");
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().add(card);
    }
}
