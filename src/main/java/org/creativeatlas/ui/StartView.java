package org.creativeatlas.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.creativeatlas.logic.Messages;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Shown when no catalogue is open (the one asked for could not be opened, or its opening was cancelled): open
 * another or start a new one. {@code status} says what just happened, or is empty.
 */
final class StartView extends VBox {

    StartView(Messages messages, WindowActions actions, String status) {
        super(14);
        getStyleClass().add("start-view");
        Label title = new Label(messages.get("app.title"));
        title.getStyleClass().add("start-title");
        Label text = new Label(messages.get("start.text"));
        text.setWrapText(true);
        Button open = new Button(messages.get("menu.file.open"), new FontIcon("mdi2f-folder-open-outline"));
        open.setOnAction(e -> actions.openCatalogue());
        Button create = new Button(messages.get("menu.file.new"), new FontIcon("mdi2f-file-plus-outline"));
        create.setOnAction(e -> actions.newCatalogue());
        Button quit = new Button(messages.get("menu.file.quit"));
        quit.setOnAction(e -> actions.quit());
        getChildren().addAll(title, text, new HBox(8, open, create, quit));
        if (!status.isEmpty()) {
            Label line = new Label(status);
            line.setId("startStatus");
            getChildren().add(line);
        }
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    }
}
