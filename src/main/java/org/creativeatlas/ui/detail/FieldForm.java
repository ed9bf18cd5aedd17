package org.creativeatlas.ui.detail;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.GridPane;
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

    private final LabelledRows rows;
    private final FieldFormat format;
    private final DetailViewModel detail;
    private final Map<ActorField, FieldEditor> editors = new EnumMap<>(ActorField.class);
    private final Map<ActorField, Label> problems = new EnumMap<>(ActorField.class);
    private final Map<ActorField, Object> shown = new EnumMap<>(ActorField.class);

    FieldForm(GridPane grid, ObservableDoubleValue room, FieldFormat format, DetailViewModel detail) {
        this.rows = new LabelledRows(grid, room);
        this.format = format;
        this.detail = detail;
    }

    void build(ActorItem item) {
        editors.clear();
        problems.clear();
        shown.clear();
        List<Label> labels = new ArrayList<>();
        List<Node> fields = new ArrayList<>();
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
            if (editor.node() instanceof Labeled several) {
                // several sectors may not fit one line of the pane: shown on two, never cut
                several.setWrapText(true);
            }
            // a field the researcher is in is an edit begun: it is checked against the actor as shown now
            editor.node().focusWithinProperty().addListener((obs, was, now) -> {
                if (now) {
                    detail.beginEdit(item);
                } else {
                    detail.endEdit(item);
                }
            });
            labels.add(label);
            fields.add(new VBox(2, editor.node(), problem));
            editors.put(field, editor);
            problems.put(field, problem);
        }
        rows.setAll(labels, fields);
        refresh(item.actor());
    }

    /**
     * Shows stored values that changed. A colleague's change of the actor waits while the person is in one of its
     * fields (see {@code CatalogueViewModel.beginEdit}), so what they are typing is never replaced.
     */
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
