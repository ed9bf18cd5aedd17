package org.creativeatlas.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.logic.documents.DocumentFormat;

/** The app's dialogs, with buttons in the window's language (JavaFX has no Russian or Kazakh of its own). */
public final class Dialogs {

    private final Messages messages;
    private final Window owner;

    public Dialogs(Messages messages, Window owner) {
        this.messages = messages;
        this.owner = owner;
    }

    /** Asks before something that changes data; true if the person agreed. */
    public boolean confirm(String header, String text, String okLabel) {
        ButtonType ok = new ButtonType(okLabel, ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("action.cancel"), ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, ok, cancel);
        alert.initOwner(owner);
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(header);
        return alert.showAndWait().filter(ok::equals).isPresent();
    }

    /** Tells something that needs no answer (the About box). */
    public void inform(String header, String text) {
        show(Alert.AlertType.INFORMATION, header, text, 560);
    }

    public void error(String header, String text) {
        show(Alert.AlertType.ERROR, header, text, 520);
    }

    /** Something refused that the person must not miss, though nothing is broken. */
    public void warn(String header, String text) {
        show(Alert.AlertType.WARNING, header, text, 520);
    }

    private void show(Alert.AlertType type, String header, String text, double minWidth) {
        ButtonType close = new ButtonType(messages.get("action.close"), ButtonData.OK_DONE);
        Alert alert = new Alert(type, text, close);
        alert.initOwner(owner);
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(header);
        alert.getDialogPane().setMinWidth(minWidth);
        alert.showAndWait();
    }

    public Optional<Path> chooseToOpen(String titleKey) {
        return Optional.ofNullable(chooser(titleKey).showOpenDialog(owner)).map(File::toPath);
    }

    public Optional<Path> chooseToCreate(String titleKey) {
        FileChooser chooser = chooser(titleKey);
        chooser.setInitialFileName("catalogue.db");
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    /** Documents to import, of the types an import reads; empty if none was chosen. */
    public List<Path> chooseDocuments() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("import.choose.documents"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("file.filter.documents"),
                        DocumentFormat.allExtensions().stream().map(e -> "*." + e).toList()),
                new FileChooser.ExtensionFilter(messages.get("file.filter.all"), "*"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    public Optional<Path> chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("import.choose.folder"));
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    private FileChooser chooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get(titleKey));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("file.filter.catalogue"), "*.db", "*.sqlite"),
                new FileChooser.ExtensionFilter(messages.get("file.filter.all"), "*"));
        return chooser;
    }
}
