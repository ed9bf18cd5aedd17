package org.creativeatlas.ui.table;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.input.MouseEvent;
import org.controlsfx.control.SearchableComboBox;
import org.creativeatlas.ui.table.FieldFormat.Choice;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A table cell whose value is picked from labelled choices of its row. One click (or the table starting an edit)
 * opens a list that typing filters; what is picked goes to the column's edit-commit handler when the list closes,
 * so arrowing through it picks nothing on the way, and Escape keeps the value as it was.
 */
public final class ChoiceCell<S, T> extends TableCell<S, T> {

    private final Function<S, List<Choice>> choices;
    /** Shown after the label: the cell opens a list. */
    private final FontIcon arrow = new FontIcon("mdi2m-menu-down");

    public ChoiceCell(Function<S, List<Choice>> choices) {
        this.choices = choices;
        getStyleClass().add("choice-cell");
        setContentDisplay(ContentDisplay.RIGHT);
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (!isEditing() && !isEmpty() && getTableView().isEditable()) {
                getTableView().edit(getIndex(), getTableColumn());
            }
        });
    }

    @Override
    public void startEdit() {
        S row = getTableRow() == null ? null : getTableRow().getItem();
        if (row == null) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        ComboBox<Choice> box = new SearchableComboBox<>();
        box.getItems().setAll(choices.apply(row));
        Choice before = choice(row, getItem());
        box.setValue(before);
        box.setMaxWidth(Double.MAX_VALUE);
        box.showingProperty().addListener((obs, was, showing) -> {
            if (!showing) {
                finish(box.getValue(), before);
            }
        });
        setText(null);
        setGraphic(box);
        // the list opens from the control's skin, which is made with its style
        box.applyCss();
        box.requestFocus();
        box.show();
    }

    @SuppressWarnings("unchecked")
    private void finish(Choice picked, Choice before) {
        if (!isEditing()) {
            return;
        }
        if (picked == null || picked == before) {
            cancelEdit();
        } else {
            commitEdit((T) picked.value());
        }
        getTableView().requestFocus();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        render();
    }

    @Override
    protected void updateItem(T value, boolean empty) {
        super.updateItem(value, empty);
        if (!isEditing()) {
            render();
        }
    }

    private void render() {
        S row = isEmpty() || getTableRow() == null ? null : getTableRow().getItem();
        setGraphic(row == null ? null : arrow);
        setText(row == null ? null : choice(row, getItem()).label());
    }

    private Choice choice(S row, Object value) {
        return choices.apply(row).stream().filter(c -> Objects.equals(c.value(), value)).findFirst()
                .orElse(new Choice(value, String.valueOf(value)));
    }
}
