package org.creativeatlas.ui.table;

import java.util.List;
import java.util.Objects;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.SearchableComboBox;
import org.creativeatlas.ui.table.FieldFormat.Choice;

/**
 * Kind, country, status, mode, operator: a drop-down of labelled values; long lists can be searched by typing.
 * While the list is open the arrows only move through it: what it shows when it closes (Enter, a click) is the
 * choice, and Escape goes back to the stored value. With the list closed, a change (arrows) is a choice at once.
 */
final class ChoiceEditor extends ReportingEditor {

    private static final int SEARCHABLE_FROM = 16;

    private final ComboBox<Choice> box;
    private Object shown;
    private boolean loading;
    /** Puts the stored value back before the open list closes itself on Escape, so closing picks nothing. */
    private final EventHandler<KeyEvent> backOut = e -> {
        if (e.getCode() == KeyCode.ESCAPE) {
            show(shown);
        }
    };

    ChoiceEditor(List<Choice> choices) {
        box = choices.size() >= SEARCHABLE_FROM ? new SearchableComboBox<>() : new ComboBox<>();
        box.getItems().setAll(choices);
        box.setMaxWidth(Double.MAX_VALUE);
        // a long name may be cut to the field's width: the tooltip has it whole
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(box.valueProperty().map(Choice::label));
        box.tooltipProperty().bind(box.valueProperty().map(v -> whole));
        box.valueProperty().addListener((obs, old, now) -> {
            if (!loading && !box.isShowing()) {
                choose();
            }
        });
        box.showingProperty().addListener((obs, was, showing) -> {
            if (!showing) {
                choose();
            }
        });
        // an open list gets the keys before the box does, and hides itself on Escape
        box.addEventHandler(ComboBoxBase.ON_SHOWN, e -> box.lookupAll(".combo-box").forEach(n -> {
            if (n instanceof ComboBox<?> c && c.getSkin() instanceof ComboBoxListViewSkin<?> skin
                    && skin.getPopupContent().getScene() != null) {
                skin.getPopupContent().getScene().removeEventFilter(KeyEvent.KEY_PRESSED, backOut);
                skin.getPopupContent().getScene().addEventFilter(KeyEvent.KEY_PRESSED, backOut);
            }
        }));
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !box.isShowing()) {
                cancel();
            }
        });
    }

    private void choose() {
        Choice now = box.getValue();
        if (now == null || Objects.equals(now.value(), shown)) {
            cancel();
        } else {
            commit(now.value());
        }
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public void show(Object value) {
        shown = value;
        loading = true;
        box.setValue(box.getItems().stream().filter(c -> Objects.equals(c.value(), value)).findFirst().orElse(null));
        loading = false;
    }

    @Override
    public void begin(String typed) {
        box.requestFocus();
        // a searchable box opens its list only on a change it sees from its skin, and a new box has none before
        // it is styled: a show() before that would mark it open with nothing on the screen
        box.applyCss();
        box.show();
    }
}
