package org.creativeatlas.ui.detail;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.Problem;
import org.creativeatlas.ui.table.FieldEditor;
import org.creativeatlas.ui.table.FieldEditors;
import org.creativeatlas.ui.table.FieldFormat;
import org.creativeatlas.ui.viewmodel.ActorItem;
import org.creativeatlas.ui.viewmodel.DetailViewModel;

/**
 * Every field of the selected actor as a form: a label and the field's editor per row, the reason under the field
 * when a value is refused. Built anew for each selected actor; refreshed in place when the stored values change.
 */
final class FieldForm {

    private static final String REFUSED = "refused";

    private final GridPane grid;
    private final FieldFormat format;
    private final DetailViewModel detail;
    private final Map<ActorField, FieldEditor> editors = new EnumMap<>(ActorField.class);
    private final Map<ActorField, Label> problems = new EnumMap<>(ActorField.class);
    private final Map<ActorField, Object> shown = new EnumMap<>(ActorField.class);

    FieldForm(GridPane grid, FieldFormat format, DetailViewModel detail) {
        this.grid = grid;
        this.format = format;
        this.detail = detail;
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, inputs);
    }

    void build(ActorItem item) {
        grid.getChildren().clear();
        editors.clear();
        problems.clear();
        shown.clear();
        int row = 0;
        for (ActorField field : item.actor().type().fields()) {
            FieldEditor editor = FieldEditors.create(item.actor().type(), field, format);
            editor.setOnCommit(input -> commit(item, field, input));
            editor.setOnCancel(() -> editor.show(shown.get(field)));
            Label problem = new Label();
            problem.getStyleClass().add("field-problem");
            problem.setWrapText(true);
            problem.setManaged(false);
            problem.setVisible(false);
            Label label = new Label(format.label(field));
            label.getStyleClass().add("field-label");
            label.setLabelFor(editor.node());
            editor.node().setId("detail-" + field.code());
            GridPane.setValignment(label, VPos.TOP);
            grid.addRow(row++, label, new VBox(2, editor.node(), problem));
            editors.put(field, editor);
            problems.put(field, problem);
        }
        refresh(item.actor());
    }

    /** Shows stored values that changed, leaving fields the person is typing in alone. */
    void refresh(Actor actor) {
        editors.forEach((field, editor) -> {
            Object value = actor.get(field);
            if (!shown.containsKey(field) || !Objects.equals(shown.get(field), value)) {
                shown.put(field, value);
                editor.show(value);
            }
        });
    }

    private void commit(ActorItem item, ActorField field, Object input) {
        Optional<Problem> problem = detail.edit(item, field, input);
        Label label = problems.get(field);
        editors.get(field).node().getStyleClass().remove(REFUSED);
        label.setText(problem.map(p -> format.messages().problem(p)).orElse(""));
        label.setManaged(problem.isPresent());
        label.setVisible(problem.isPresent());
        if (problem.isPresent()) {
            editors.get(field).node().getStyleClass().add(REFUSED);
            editors.get(field).show(shown.get(field));
        }
    }
}
