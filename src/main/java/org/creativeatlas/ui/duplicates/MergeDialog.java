package org.creativeatlas.ui.duplicates;

import java.util.Optional;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.logic.edit.MergePlan;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.ui.table.FieldFormat;

/**
 * The two actors side by side, a row per field: where they differ, a pair of radio buttons chooses the value the
 * merged actor keeps; where they agree, the value is shown once. Says what else moves to the merged actor.
 */
final class MergeDialog {

    private final MergeChoice choice;
    private final FieldFormat format;
    private final Messages messages;

    MergeDialog(MergeChoice choice, FieldFormat format) {
        this.choice = choice;
        this.format = format;
        this.messages = format.messages();
    }

    Optional<MergePlan> ask(Window owner) {
        Dialog<MergePlan> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("merge.title"));
        dialog.setHeaderText(messages.get("merge.header"));
        ButtonType merge = new ButtonType(messages.get("merge.action"), ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(merge,
                new ButtonType(messages.get("action.cancel"), ButtonData.CANCEL_CLOSE));
        Label moves = new Label(messages.get("merge.moves", choice.linksMoved(), choice.mentionsMoved(),
                choice.loser().name(), choice.survivor().name()));
        moves.setWrapText(true);
        ScrollPane fields = new ScrollPane(grid());
        fields.setFitToWidth(true);
        fields.setPrefViewportHeight(440);
        VBox content = new VBox(12, fields, moves);
        content.setPrefWidth(860);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("mergeDialog");
        dialog.setResultConverter(button -> button == merge ? choice.plan() : null);
        return dialog.showAndWait();
    }

    private GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("merge-grid");
        grid.setHgap(14);
        grid.setVgap(6);
        ColumnConstraints side = new ColumnConstraints();
        side.setHgrow(Priority.ALWAYS);
        side.setPercentWidth(40);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(110);
        grid.getColumnConstraints().setAll(names, side, side);
        grid.addRow(0, new Label(), heading(choice.survivor().id()), heading(choice.loser().id()));
        int row = 1;
        for (ActorField field : choice.survivor().type().fields()) {
            Label name = new Label(format.label(field));
            name.getStyleClass().add("field-label");
            // long values wrap: the field's name stays beside their first line
            GridPane.setValignment(name, VPos.TOP);
            if (choice.differs(field)) {
                ToggleGroup group = new ToggleGroup();
                grid.addRow(row, name, side(field, false, group), side(field, true, group));
            } else {
                Label same = new Label(format.display(field, choice.survivor().get(field)));
                same.getStyleClass().add("merge-same");
                grid.add(name, 0, row);
                grid.add(same, 1, row, 2, 1);
            }
            row++;
        }
        return grid;
    }

    private Label heading(long id) {
        Label label = new Label(messages.get("merge.actor", id));
        label.getStyleClass().add("merge-heading");
        GridPane.setHalignment(label, HPos.LEFT);
        return label;
    }

    private RadioButton side(ActorField field, boolean second, ToggleGroup group) {
        Object value = (second ? choice.loser() : choice.survivor()).get(field);
        String text = format.display(field, value);
        RadioButton button = new RadioButton(text.isEmpty() ? messages.get("merge.empty") : text);
        button.setWrapText(true);
        button.setId("merge-" + field.code() + (second ? "-2" : "-1"));
        button.setSelected(choice.fromLoser(field).get() == second);
        button.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                choice.fromLoser(field).set(second);
            }
        });
        button.setToggleGroup(group);
        GridPane.setValignment(button, VPos.TOP);
        return button;
    }
}
