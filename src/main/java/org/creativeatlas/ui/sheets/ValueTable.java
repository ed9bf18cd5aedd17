package org.creativeatlas.ui.sheets;

import java.text.NumberFormat;
import java.util.List;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.ui.table.ChoiceCell;

/**
 * The columns of the wizard's value table: sheet column, cell text, rows holding it, and what it reads as, picked
 * with one click, or from the keyboard with Enter, Space or F2 on a row. Texts that will leave their rows out are
 * marked, and so are readings chosen by hand.
 */
final class ValueTable {

    static final String UNREAD = "value-unread";
    static final String CHOSEN = "value-chosen";

    private ValueTable() {
    }

    static void install(TableView<ValueRow> table, Messages messages) {
        TableColumn<ValueRow, String> reading = new TableColumn<>(messages.get("sheet.values.reading"));
        reading.setId("valueReading");
        reading.setPrefWidth(340);
        reading.setCellValueFactory(c -> c.getValue().chosen());
        reading.setCellFactory(c -> new ChoiceCell<>(ValueRow::choices));
        reading.setOnEditCommit(e -> e.getRowValue().chosen().set(e.getNewValue()));
        NumberFormat count = NumberFormat.getIntegerInstance(messages.bundle().getLocale());
        TableColumn<ValueRow, String> rows = column(messages, "sheet.values.rows", "valueRows", 80,
                r -> count.format(r.rows()));
        rows.getStyleClass().add("count");
        table.getColumns().setAll(List.of(
                column(messages, "sheet.values.column", "valueColumn", 150, ValueRow::header),
                column(messages, "sheet.values.text", "valueText", 260, ValueRow::text),
                rows, reading));
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("sheet.values.none")));
        table.setRowFactory(t -> new MarkedRow());
        table.setOnKeyPressed(e -> {
            int row = table.getSelectionModel().getSelectedIndex();
            boolean pick = e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.F2;
            if (pick && row >= 0 && table.getEditingCell() == null) {
                table.edit(row, reading);
                e.consume();
            }
        });
    }

    private static <V> TableColumn<ValueRow, V> column(Messages messages, String key, String id, double width,
                                                       Function<ValueRow, V> value) {
        TableColumn<ValueRow, V> column = new TableColumn<>(messages.get(key));
        column.setId(id);
        column.setPrefWidth(width);
        column.setEditable(false);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    /** A row marked while its text leaves the row out, or as read by hand once a reading is chosen. */
    private static final class MarkedRow extends TableRow<ValueRow> {
        private final InvalidationListener remark = obs -> mark();

        MarkedRow() {
            itemProperty().addListener((obs, old, now) -> {
                if (old != null) {
                    old.chosen().removeListener(remark);
                }
                if (now != null) {
                    now.chosen().addListener(remark);
                }
                mark();
            });
        }

        private void mark() {
            getStyleClass().removeAll(UNREAD, CHOSEN);
            if (getItem() != null && getItem().unread()) {
                getStyleClass().add(UNREAD);
            } else if (getItem() != null && getItem().chosen().get() != null) {
                getStyleClass().add(CHOSEN);
            }
        }
    }
}
