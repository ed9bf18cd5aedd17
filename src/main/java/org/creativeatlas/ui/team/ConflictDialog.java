package org.creativeatlas.ui.team;

import java.util.Optional;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.creativeatlas.model.Actor;
import org.creativeatlas.ui.ChildWindow;
import org.creativeatlas.ui.table.FieldFormat;
import org.creativeatlas.ui.viewmodel.CatalogueViewModel.Conflict;

/**
 * A colleague changed an actor while this researcher edited it: both versions side by side, field by field, for
 * the fields where they differ; "Keep all mine" and "Keep theirs" choose every field at once.
 */
public final class ConflictDialog {

    private final FieldFormat format;

    public ConflictDialog(FieldFormat format) {
        this.format = format;
    }

    /** The row to store, or empty to keep the colleague's as stored. */
    public Optional<Actor> show(Window owner, Conflict conflict) {
        ConflictController form = new ConflictController(format, conflict);
        ChildWindow.load("/org/creativeatlas/ui/conflict-dialog.fxml", format.messages(), form);
        Dialog<Actor> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(format.messages().get("conflict.title"));
        dialog.setDialogPane(form.pane());
        form.pane().getStylesheets().addAll(owner.getScene().getStylesheets());
        dialog.setResultConverter(form::result);
        return dialog.showAndWait();
    }
}
