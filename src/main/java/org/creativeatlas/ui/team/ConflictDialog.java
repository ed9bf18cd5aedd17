package org.creativeatlas.ui.team;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.ui.table.FieldFormat;
import org.creativeatlas.ui.viewmodel.CatalogueViewModel.Conflict;

/**
 * A colleague changed an actor while this researcher edited it: both versions side by side, field by field, for
 * the fields where they differ. The field just edited starts on "mine", the others on the colleague's, which is
 * what keeps both people's work; "Keep mine" and "Keep theirs" choose every field at once.
 */
public final class ConflictDialog {

    private final FieldFormat format;

    public ConflictDialog(FieldFormat format) {
        this.format = format;
    }

    /** The row to store, or empty to keep the colleague's as stored. */
    public Optional<Actor> show(Window owner, Conflict conflict) {
        Actor mine = conflict.mine();
        Actor theirs = conflict.edit().theirs();
        Dialog<Actor> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(format.messages().get("conflict.title"));
        dialog.setHeaderText(format.messages().get("conflict.header", theirs.name(), conflict.edit().who()));
        dialog.getDialogPane().setId("conflictDialog");
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        grid.addRow(0, heading("conflict.field"), heading("conflict.mine"), heading("conflict.theirs"));
        Map<ActorField, RadioButton> mineButtons = new EnumMap<>(ActorField.class);
        Map<ActorField, RadioButton> theirsButtons = new EnumMap<>(ActorField.class);
        int row = 1;
        for (ActorField field : ActorField.values()) {
            if (Objects.equals(mine.get(field), theirs.get(field))) {
                continue;
            }
            ToggleGroup group = new ToggleGroup();
            RadioButton left = choice(field, mine.get(field), group, "mine-");
            RadioButton right = choice(field, theirs.get(field), group, "theirs-");
            (field == conflict.edit().field() ? left : right).setSelected(true);
            mineButtons.put(field, left);
            theirsButtons.put(field, right);
            grid.addRow(row++, new Label(format.label(field)), left, right);
        }
        dialog.getDialogPane().setContent(grid);
        ButtonType store = new ButtonType(format.messages().get("conflict.store"), ButtonData.OK_DONE);
        ButtonType allMine = new ButtonType(format.messages().get("conflict.keep_mine"), ButtonData.LEFT);
        ButtonType allTheirs = new ButtonType(format.messages().get("conflict.keep_theirs"), ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(allMine, allTheirs, store);
        dialog.setResultConverter(button -> {
            if (button == allTheirs || button == null) {
                return null;
            }
            Actor chosen = theirs;
            for (Map.Entry<ActorField, RadioButton> e : mineButtons.entrySet()) {
                if (button == allMine || e.getValue().isSelected()) {
                    chosen = chosen.with(e.getKey(), mine.get(e.getKey()));
                }
            }
            return chosen;
        });
        return dialog.showAndWait();
    }

    private Label heading(String key) {
        Label label = new Label(format.messages().get(key));
        label.getStyleClass().add("conflict-heading");
        return label;
    }

    private RadioButton choice(ActorField field, Object value, ToggleGroup group, String idPrefix) {
        String text = value == null ? "—" : format.display(field, value);
        RadioButton button = new RadioButton(text == null || text.isEmpty() ? "—" : text);
        button.setToggleGroup(group);
        button.setId(idPrefix + field.code());
        button.setWrapText(true);
        button.setMaxWidth(320);
        return button;
    }
}
