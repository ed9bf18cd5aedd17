package org.creativeatlas.ui.table;

import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.SearchableComboBox;
import org.creativeatlas.ui.table.FieldFormat.Choice;

/** Kind, country, status, mode, operator: a drop-down of labelled values; long lists can be searched by typing. */
final class ChoiceEditor extends ReportingEditor {

    private static final int SEARCHABLE_FROM = 16;

    private final ComboBox<Choice> box;
    private boolean loading;

    ChoiceEditor(List<Choice> choices) {
        box = choices.size() >= SEARCHABLE_FROM ? new SearchableComboBox<>() : new ComboBox<>();
        box.getItems().setAll(choices);
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().addListener((obs, old, now) -> {
            if (!loading && now != null) {
                commit(now.value());
            }
        });
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !box.isShowing()) {
                cancel();
            }
        });
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public void show(Object value) {
        loading = true;
        box.setValue(box.getItems().stream().filter(c -> Objects.equals(c.value(), value)).findFirst().orElse(null));
        loading = false;
    }

    @Override
    public void begin(String typed) {
        box.requestFocus();
        box.show();
    }
}
