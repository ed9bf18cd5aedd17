package org.creativeatlas.ui.imports;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.creativeatlas.logic.Messages;
import org.kordamp.ikonli.javafx.FontIcon;

/** The first face of the import window: progress, what became of each file, Cancel; then Review or Close. */
final class ImportProgressView extends VBox {

    private final Messages messages;
    private final Button cancel;
    private final Button review;
    private final Button close;

    ImportProgressView(ProposeTask task, Messages messages, Runnable onReview, Runnable onClose) {
        super(10);
        this.messages = messages;
        getStyleClass().add("import-progress");
        setId("importProgress");
        Label heading = new Label(messages.get("import.title"));
        heading.getStyleClass().add("import-heading");
        ProgressBar bar = new ProgressBar();
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(task.progressProperty());
        Label message = new Label();
        message.textProperty().bind(task.messageProperty());
        ListView<FileStatus> files = new ListView<>(task.statuses());
        files.setId("importFiles");
        files.setCellFactory(l -> new StatusCell());
        files.setPlaceholder(new Label(""));
        VBox.setVgrow(files, Priority.ALWAYS);
        cancel = new Button(messages.get("action.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> task.cancel());
        review = new Button();
        review.setDefaultButton(true);
        review.getStyleClass().add("primary");
        review.setOnAction(e -> onReview.run());
        close = new Button(messages.get("action.close"));
        close.setOnAction(e -> onClose.run());
        showButtons(false);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, gap, cancel, close, review);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        getChildren().addAll(heading, bar, message, files, buttons);
    }

    /** Reading is over: offers to review what could be read, or just to close. */
    void done(int reviewable) {
        review.setText(messages.get("import.review", reviewable));
        review.setDisable(reviewable == 0);
        showButtons(true);
        (reviewable == 0 ? close : review).requestFocus();
    }

    private void showButtons(boolean finished) {
        cancel.setVisible(!finished);
        cancel.setManaged(!finished);
        cancel.setCancelButton(!finished);
        close.setCancelButton(finished);
        for (Button b : new Button[] {review, close}) {
            b.setVisible(finished);
            b.setManaged(finished);
        }
    }

    private static final class StatusCell extends ListCell<FileStatus> {
        @Override
        protected void updateItem(FileStatus status, boolean empty) {
            super.updateItem(status, empty);
            getStyleClass().remove("file-failed");
            if (empty || status == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(status.file() + " — " + status.text());
            setGraphic(new FontIcon(status.ok() ? "mdi2c-check-circle-outline" : "mdi2a-alert-circle-outline"));
            if (!status.ok()) {
                getStyleClass().add("file-failed");
            }
        }
    }
}
