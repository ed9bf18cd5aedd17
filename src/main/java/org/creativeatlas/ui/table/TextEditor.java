package org.creativeatlas.ui.table;

import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Free text, years, dates, web addresses. Enter commits a line (Ctrl+Enter a text area), leaving the field
 * commits a change, Escape goes back to the stored value.
 */
final class TextEditor extends ReportingEditor {

    private final TextInputControl input;
    private final Function<Object, String> toText;
    private String shown = "";

    TextEditor(boolean multiLine, Function<Object, String> toText) {
        this.toText = toText;
        if (multiLine) {
            TextArea area = new TextArea();
            area.setWrapText(true);
            area.setPrefRowCount(3);
            input = area;
        } else {
            TextField field = new TextField();
            field.setOnAction(e -> commitNow());
            input = field;
        }
        input.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                input.setText(shown);
                e.consume();
                cancel();
            } else if (multiLine && e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                commitNow();
            }
        });
        input.focusedProperty().addListener((obs, was, now) -> {
            if (!now && !input.getText().equals(shown)) {
                commitNow();
            }
        });
    }

    private void commitNow() {
        shown = input.getText();
        commit(input.getText());
    }

    @Override
    public Node node() {
        return input;
    }

    @Override
    public void show(Object value) {
        shown = toText.apply(value);
        input.setText(shown);
    }

    @Override
    public void begin(String typed) {
        input.requestFocus();
        if (typed.isEmpty()) {
            input.selectAll();
        } else {
            input.setText(typed);
            input.end();
        }
    }
}
