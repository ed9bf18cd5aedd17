package org.creativeatlas.ui.team;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.ui.table.FieldFormat;
import org.creativeatlas.ui.viewmodel.CatalogueViewModel.Conflict;

/**
 * The conflict dialog's form ({@code conflict-dialog.fxml}): a row for each field where the two versions differ,
 * the field just edited starting on "mine", the others on the colleague's, which is what keeps both people's work.
 */
public final class ConflictController {

    private final FieldFormat format;
    private final Conflict conflict;
    private final Map<ActorField, RadioButton> mineButtons = new EnumMap<>(ActorField.class);
    @FXML
    private DialogPane pane;
    @FXML
    private GridPane fields;
    @FXML
    private ButtonType allMine;
    @FXML
    private ButtonType allTheirs;

    public ConflictController(FieldFormat format, Conflict conflict) {
        this.format = format;
        this.conflict = conflict;
    }

    @FXML
    private void initialize() {
        Actor mine = conflict.mine();
        Actor theirs = conflict.edit().theirs();
        pane.setHeaderText(format.messages().get("conflict.header", theirs.name(), conflict.edit().who()));
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
            fields.addRow(row++, new Label(format.label(field)), left, right);
        }
    }

    DialogPane pane() {
        return pane;
    }

    /** The row to store for {@code button}: the colleague's with the fields chosen as mine; null keeps theirs. */
    Actor result(ButtonType button) {
        if (button == allTheirs || button == null) {
            return null;
        }
        Actor mine = conflict.mine();
        Actor chosen = conflict.edit().theirs();
        for (Map.Entry<ActorField, RadioButton> e : mineButtons.entrySet()) {
            if (button == allMine || e.getValue().isSelected()) {
                chosen = chosen.with(e.getKey(), mine.get(e.getKey()));
            }
        }
        return chosen;
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
