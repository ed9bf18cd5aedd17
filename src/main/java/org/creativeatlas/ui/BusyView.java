package org.creativeatlas.ui;

import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Covers the window while a task runs, with its progress, what it is doing and a button that cancels it. */
final class BusyView extends StackPane {

    private static final double ALMOST_DONE = 0.99;

    BusyView(Task<?> task, String cancelText) {
        getStyleClass().add("busy-overlay");
        setId("busyView");
        ProgressIndicator progress = new ProgressIndicator();
        // a task's last step (sorting, drawing) may come after its count is full: the indicator would say "Done",
        // in English whatever the window's language, while the work goes on
        progress.progressProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(task.getProgress(), ALMOST_DONE), task.progressProperty()));
        Label message = new Label();
        message.setId("busyMessage");
        message.textProperty().bind(task.messageProperty());
        Button cancel = new Button(cancelText);
        cancel.setId("busyCancel");
        cancel.setCancelButton(true);
        // not interrupted: the task stops at its own checks, so nothing it runs on the file is cut short
        cancel.setOnAction(e -> task.cancel(false));
        VBox card = new VBox(12, progress, message, cancel);
        card.getStyleClass().add("busy-card");
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().add(card);
    }
}
