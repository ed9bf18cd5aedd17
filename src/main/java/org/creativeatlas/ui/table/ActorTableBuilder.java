package org.creativeatlas.ui.table;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.creativeatlas.logic.prefs.ColumnLayout;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.ui.viewmodel.ActorItem;
import org.creativeatlas.ui.viewmodel.ActorTableModel;
import org.creativeatlas.ui.viewmodel.CatalogueViewModel;

/**
 * Builds the spreadsheet-like table of one actor type: a column per field of the type, in the stored order and
 * widths (each move or resize reported to {@code layoutChanged}), cell selection, sorting by name at first, the
 * column chooser (its choice reported to {@code hiddenChanged}), and the keys people expect: Enter or F2 to edit,
 * typing to overwrite, Delete to delete.
 */
public final class ActorTableBuilder {

    private static final double ROW_HEIGHT = 30;

    private final ColumnFactory columns;
    private final CatalogueViewModel catalogue;

    public ActorTableBuilder(ColumnFactory columns, CatalogueViewModel catalogue) {
        this.columns = columns;
        this.catalogue = catalogue;
    }

    public TableView<ActorItem> build(ActorTableModel model, List<String> hidden, ColumnLayout layout,
                                      ObservableStringValue placeholder, Consumer<List<String>> hiddenChanged,
                                      Consumer<ColumnLayout> layoutChanged, Runnable delete) {
        ActorType type = model.type();
        TableView<ActorItem> table = new TableView<>();
        table.getStyleClass().add("actor-table");
        table.setId("table-" + type.code());
        SortedList<ActorItem> sorted = new SortedList<>(model.shown());
        table.setItems(sorted);
        table.setSortPolicy(t -> {
            sorted.setComparator(comparator(t, columns));
            return true;
        });
        table.setEditable(true);
        // one row height: fast scrolling through 100 000 rows, and exact scroll positions
        table.setFixedCellSize(ROW_HEIGHT);
        table.setTableMenuButtonVisible(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().setCellSelectionEnabled(true);
        Label empty = new Label();
        empty.textProperty().bind(placeholder);
        empty.setWrapText(true);
        empty.setMaxWidth(420);
        table.setPlaceholder(empty);
        Map<String, ActorField> byCode = new LinkedHashMap<>();
        type.fields().forEach(f -> byCode.put(f.code(), f));
        Runnable reportLayout = () -> layoutChanged.accept(layoutOf(table));
        for (String code : layout.arrange(List.copyOf(byCode.keySet()))) {
            TableColumn<ActorItem, Object> column = columns.column(type, byCode.get(code));
            layout.width(code).ifPresent(column::setPrefWidth);
            column.setVisible(!hidden.contains(code));
            column.visibleProperty().addListener(obs -> hiddenChanged.accept(table.getColumns().stream()
                    .filter(c -> !c.isVisible()).map(TableColumn::getId).toList()));
            column.widthProperty().addListener(obs -> reportLayout.run());
            table.getColumns().add(column);
        }
        table.getColumns().addListener((ListChangeListener<TableColumn<ActorItem, ?>>) c -> reportLayout.run());
        HeaderWidths.keep(table);
        // by name, wherever the name column was moved
        table.getSortOrder().add(table.getColumns().stream()
                .filter(c -> c.getUserData() == type.fields().get(0)).findFirst().orElseThrow());
        watchEdits(table);
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> onKey(table, e, delete));
        table.addEventHandler(KeyEvent.KEY_TYPED, e -> onTyped(table, e));
        return table;
    }

    /** Tells the catalogue when the researcher begins and ends editing a row, whichever cell it is. */
    private void watchEdits(TableView<ActorItem> table) {
        ObjectProperty<ActorItem> edited = new SimpleObjectProperty<>();
        edited.addListener((obs, old, now) -> {
            if (old != null) {
                catalogue.endEdit(old);
            }
            if (now != null) {
                catalogue.beginEdit(now);
            }
        });
        table.editingCellProperty().addListener((obs, old, now) -> edited.set(
                now == null || now.getRow() < 0 || now.getRow() >= table.getItems().size() ? null
                        : table.getItems().get(now.getRow())));
    }

    private static ColumnLayout layoutOf(TableView<ActorItem> table) {
        Map<String, Double> widths = new HashMap<>();
        table.getColumns().forEach(c -> widths.put(c.getId(), c.getWidth()));
        return new ColumnLayout(table.getColumns().stream().map(TableColumn::getId).toList(), widths);
    }

    /**
     * The table's sort order as one comparator that reads the actors' values directly: the default one asks each
     * column for a cell value per comparison, which costs seconds on 100 000 rows.
     */
    private static Comparator<ActorItem> comparator(TableView<ActorItem> table, ColumnFactory columns) {
        Comparator<ActorItem> order = null;
        for (TableColumn<ActorItem, ?> column : table.getSortOrder()) {
            Comparator<ActorItem> byColumn = columns.rowOrder((ActorField) column.getUserData());
            if (column.getSortType() == TableColumn.SortType.DESCENDING) {
                byColumn = byColumn.reversed();
            }
            order = order == null ? byColumn : order.thenComparing(byColumn);
        }
        return order;
    }

    private static void onKey(TableView<ActorItem> table, KeyEvent e, Runnable delete) {
        if (table.getEditingCell() != null) {
            return;
        }
        if (e.getCode() == KeyCode.F2 || (e.getCode() == KeyCode.ENTER && !e.isShortcutDown())) {
            editFocused(table);
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE) {
            delete.run();
            e.consume();
        }
    }

    private static void onTyped(TableView<ActorItem> table, KeyEvent e) {
        String ch = e.getCharacter();
        if (table.getEditingCell() != null || e.isShortcutDown() || e.isAltDown() || ch.isEmpty()
                || Character.isISOControl(ch.charAt(0))) {
            return;
        }
        table.getProperties().put(FieldCell.TYPED, ch);
        editFocused(table);
        e.consume();
    }

    @SuppressWarnings("unchecked")
    private static void editFocused(TableView<ActorItem> table) {
        TablePosition<ActorItem, ?> pos = table.getFocusModel().getFocusedCell();
        if (pos != null && pos.getRow() >= 0) {
            TableColumn<ActorItem, ?> column = pos.getTableColumn() != null ? pos.getTableColumn()
                    : table.getVisibleLeafColumn(0);
            table.edit(pos.getRow(), column);
        }
        table.getProperties().remove(FieldCell.TYPED);
    }
}
