package org.creativeatlas.ui.table;

import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.stage.Popup;
import javafx.util.Duration;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Problem;
import org.creativeatlas.ui.viewmodel.ActorItem;
import org.creativeatlas.ui.viewmodel.CatalogueViewModel;
import org.creativeatlas.ui.viewmodel.CatalogueViewModel.Refusal;

/**
 * A table cell of one actor field. Editing shows the field's {@link FieldEditor}; what is confirmed goes to the
 * catalogue at once. A refused value leaves the stored one in the cell, marked red with the reason as tooltip
 * (shown right away, then on hover).
 */
final class FieldCell extends TableCell<ActorItem, Object> {

    static final String REFUSED = "refused";
    /** Table property carrying the character that started editing, so it is not lost. */
    static final String TYPED = "field-cell.typed";

    private final ActorType type;
    private final ActorField field;
    private final FieldFormat format;
    private final CatalogueViewModel catalogue;
    private final InvalidationListener refusalChanged = obs -> showRefusal();
    private FieldEditor editor;
    private ActorItem editing;
    private Popup longText;

    FieldCell(ActorType type, ActorField field, FieldFormat format, CatalogueViewModel catalogue) {
        this.type = type;
        this.field = field;
        this.format = format;
        this.catalogue = catalogue;
        getStyleClass().add("field-cell");
        catalogue.refusal().addListener(new WeakInvalidationListener(refusalChanged));
    }

    @Override
    public void startEdit() {
        ActorItem item = getTableRow() == null ? null : getTableRow().getItem();
        if (item == null) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        editing = item;
        // a new editor each time, so choice lists (e.g. operators) include rows added since
        editor = FieldEditors.create(type, field, format);
        editor.setOnCommit(this::commitInput);
        editor.setOnCancel(this::cancelEdit);
        editor.show(getItem());
        if (FieldFormat.input(field) == FieldFormat.Input.LONG_TEXT) {
            openBelow(editor.node());
        } else {
            setText(null);
            setGraphic(editor.node());
        }
        Object typed = getTableView().getProperties().remove(TYPED);
        editor.begin(typed == null ? "" : typed.toString());
    }

    private void commitInput(Object input) {
        ActorItem item = editing;
        if (item == null) {
            return;
        }
        editing = null;
        Optional<Problem> problem = catalogue.edit(item, field, input);
        if (isEditing()) {
            cancelEdit();
        }
        problem.ifPresent(p -> popUp(format.messages().problem(p)));
        getTableView().requestFocus();
    }

    /** Long text gets room of its own below the cell: rows keep one height, which big tables need. */
    private void openBelow(Node node) {
        Popup popup = new Popup();
        popup.setAutoHide(true);
        StackPane box = new StackPane(node);
        box.getStyleClass().add("long-text-popup");
        box.setPrefWidth(Math.max(getWidth(), 420));
        popup.getContent().add(box);
        popup.setOnAutoHide(e -> getTableView().requestFocus());
        Bounds b = localToScreen(getBoundsInLocal());
        popup.show(this, b.getMinX(), b.getMaxY());
        longText = popup;
    }

    @Override
    public void cancelEdit() {
        editing = null;
        if (longText != null) {
            Popup open = longText;
            longText = null;
            open.hide();
        }
        super.cancelEdit();
        render();
    }

    @Override
    protected void updateItem(Object value, boolean empty) {
        super.updateItem(value, empty);
        if (!isEditing()) {
            render();
        }
    }

    private void render() {
        setGraphic(null);
        setText(isEmpty() ? null : format.display(field, getItem()));
        showRefusal();
    }

    private void showRefusal() {
        Refusal refusal = catalogue.refusal().get();
        ActorItem row = getTableRow() == null ? null : getTableRow().getItem();
        boolean mine = !isEmpty() && refusal != null && row != null && refusal.actorId() == row.id()
                && refusal.field() == field;
        getStyleClass().remove(REFUSED);
        if (mine) {
            getStyleClass().add(REFUSED);
            setTooltip(new Tooltip(format.messages().problem(refusal.problem())));
        } else if (getTooltip() != null) {
            setTooltip(null);
        }
    }

    private void popUp(String message) {
        if (getScene() == null || getScene().getWindow() == null) {
            return;
        }
        Tooltip now = new Tooltip(message);
        now.getStyleClass().add("refusal-tip");
        Bounds b = localToScreen(getBoundsInLocal());
        now.show(this, b.getMinX(), b.getMaxY() + 2);
        PauseTransition hide = new PauseTransition(Duration.seconds(5));
        hide.setOnFinished(e -> now.hide());
        hide.play();
    }
}
