package org.creativeatlas.ui.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Problem;
import org.creativeatlas.ui.table.FieldFormat;
import org.creativeatlas.ui.table.FieldFormat.Choice;
import org.creativeatlas.ui.viewmodel.ReviewViewModel;

/**
 * The small form that edits a candidate before it is accepted: name, type, kind, country, city and role. Enter in a
 * text field applies, Escape closes; what it gives back is the draft with those fields changed.
 */
final class DraftForm extends GridPane {

    private final FieldFormat format;
    private final Messages messages;
    private final TextField name = new TextField();
    private final ComboBox<ActorType> type = new ComboBox<>();
    private final ComboBox<Choice> kind = new ComboBox<>();
    private final SearchableComboBox<Choice> country = new SearchableComboBox<>();
    private final TextField city = new TextField();
    private final TextField role = new TextField();
    private final Label problem = new Label();
    private Actor original;

    DraftForm(FieldFormat format, Runnable apply, Runnable close) {
        this.format = format;
        this.messages = format.messages();
        getStyleClass().add("draft-form");
        setId("draftForm");
        setHgap(8);
        setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(labels, inputs, labels, inputs);
        name.setId("draftName");
        type.getItems().setAll(Arrays.asList(ActorType.values()));
        type.setConverter(converter(t -> messages.get("type." + t.code())));
        type.valueProperty().addListener((obs, old, now) -> offerKinds(now));
        country.getItems().setAll(format.choices(ActorType.ORGANISATION, ActorField.COUNTRY));
        country.setMaxWidth(Double.MAX_VALUE);
        kind.setMaxWidth(Double.MAX_VALUE);
        type.setMaxWidth(Double.MAX_VALUE);
        for (TextField field : new TextField[] {name, city, role}) {
            field.setOnAction(e -> apply.run());
        }
        Button ok = new Button(messages.get("review.edit.apply"));
        ok.setDefaultButton(true);
        ok.setOnAction(e -> apply.run());
        Button cancel = new Button(messages.get("action.cancel"));
        cancel.setOnAction(e -> close.run());
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                close.run();
            }
        });
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        addRow(0, label(ActorField.NAME), name);
        setColumnSpan(name, 3);
        addRow(1, new Label(messages.get("review.column.type")), type, label(ActorField.KIND), kind);
        addRow(2, label(ActorField.COUNTRY), country, label(ActorField.CITY), city);
        addRow(3, label(ActorField.ROLE), role);
        setColumnSpan(role, 3);
        HBox buttons = new HBox(8, problem, ok, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        HBox.setHgrow(problem, Priority.ALWAYS);
        add(buttons, 0, 4, 4, 1);
    }

    /** Fills the form from a draft and puts the cursor in the name. */
    void show(Actor draft) {
        original = draft;
        name.setText(draft.name());
        type.setValue(draft.type());
        offerKinds(draft.type());
        kind.setValue(choice(kind, draft.kind()));
        country.setValue(choice(country, draft.country()));
        city.setText(Objects.toString(draft.city(), ""));
        role.setText(Objects.toString(draft.role(), ""));
        problem.setText("");
        name.requestFocus();
        name.selectAll();
    }

    /** The draft as edited. */
    Actor edited() {
        Actor out = ReviewViewModel.retype(original, type.getValue());
        out = out.with(ActorField.NAME, blankToNull(name.getText()))
                .with(ActorField.COUNTRY, kindOrCountry(country.getValue()))
                .with(ActorField.CITY, blankToNull(city.getText()));
        if (!out.type().kinds().isEmpty()) {
            out = out.with(ActorField.KIND, kindOrCountry(kind.getValue()));
        }
        return out.type() == ActorType.PERSON ? out.with(ActorField.ROLE, blankToNull(role.getText())) : out;
    }

    void showProblem(Optional<Problem> p) {
        problem.setText(p.map(messages::problem).orElse(""));
    }

    private void offerKinds(ActorType t) {
        kind.getItems().setAll(t == null ? List.of() : format.choices(t, ActorField.KIND));
        kind.setDisable(t == null || t.kinds().isEmpty());
        role.setDisable(t != ActorType.PERSON);
    }

    private Label label(ActorField field) {
        Label label = new Label(format.label(field));
        label.setMinWidth(USE_PREF_SIZE);
        return label;
    }

    private static Choice choice(ComboBox<Choice> box, String value) {
        return box.getItems().stream().filter(c -> Objects.equals(c.value(), value)).findFirst().orElse(null);
    }

    private static String kindOrCountry(Choice c) {
        return c == null ? null : (String) c.value();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
