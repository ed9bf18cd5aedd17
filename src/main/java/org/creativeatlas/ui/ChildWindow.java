package org.creativeatlas.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.creativeatlas.logic.Messages;

/**
 * A window of its own laid out by an FXML file, with the main window's style, modal to it: the catalogue it works
 * on does not change under it while it is open.
 */
public final class ChildWindow {

    private ChildWindow() {
    }

    public static Stage open(Window owner, String fxml, Messages messages, Object controller, String titleKey,
                             double width, double height) {
        Parent root = load(fxml, messages, controller);
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get(titleKey));
        AppIcon.setOn(stage);
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    /** The layout of {@code fxml}, its texts from {@code messages}, with {@code controller} as its controller. */
    public static <T> T load(String fxml, Messages messages, Object controller) {
        FXMLLoader loader = new FXMLLoader(ChildWindow.class.getResource(fxml), messages.bundle(), null,
                type -> controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("The layout " + fxml + " is missing from this build", e);
        }
    }
}
