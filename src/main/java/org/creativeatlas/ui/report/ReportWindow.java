package org.creativeatlas.ui.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.logic.filter.ActorFilter;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.ui.AppIcon;
import org.creativeatlas.ui.UiLanguage;

/**
 * Opens the report window for the main window's catalogue and filter. It is modal to the main window, so the
 * catalogue and the filter it reports on stay as they were while it is open.
 */
public final class ReportWindow {

    private ReportWindow() {
    }

    public static void open(Window owner, Catalogue catalogue, ActorFilter filter, UiLanguage language) {
        Messages messages = language.messages();
        ReportViewModel model = new ReportViewModel(catalogue, filter, language);
        FXMLLoader loader = new FXMLLoader(ReportWindow.class.getResource("/org/creativeatlas/ui/report.fxml"),
                messages.bundle(), null, type -> new ReportController(model, messages));
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("The report window's layout is missing from this build", e);
        }
        Rectangle2D screen = Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(),
                owner.getHeight()).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        Scene scene = new Scene(root, Math.min(1280, screen.getWidth() * 0.92),
                Math.min(900, screen.getHeight() * 0.9));
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        scene.getStylesheets().add(ReportWindow.class.getResource("/org/creativeatlas/ui/report.css").toExternalForm());
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("report_window.title"));
        AppIcon.setOn(stage);
        stage.setScene(scene);
        stage.setOnHidden(e -> model.close());
        // a window with no close button of its own (no window manager, or a full-screen one) still closes by keys
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), stage::close);
        stage.show();
        model.layOut();
    }
}
