package org.creativeatlas.ui.network;

import java.util.Locale;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.logic.graph.ActorMeasures;
import org.creativeatlas.logic.graph.CountryPair;
import org.creativeatlas.ui.table.HeaderWidths;

/** The side tables: each shown actor with its degree and betweenness, and links counted per pair of countries. */
final class MeasureTables {

    /** Room for the vertical scroll bar of a long list. */
    private static final double SCROLL_BAR = 16;
    /** Room for a name of two or three words. */
    private static final double NAME_WIDTH = 150;
    /** How much wider than its header a column of figures may grow. */
    private static final double FIGURE_SLACK = 8;

    private final Messages messages;

    MeasureTables(Messages messages) {
        this.messages = messages;
    }

    TableView<ActorMeasures> actors(ObservableList<ActorMeasures> rows, LongConsumer select) {
        TableView<ActorMeasures> table = table(rows, "measuresTable");
        TableColumn<ActorMeasures, String> name = column("network.measures.name", ActorMeasures::name, NAME_WIDTH);
        // the side pane is kept as wide as its columns' minimum: the names need room to be read, not just the header
        name.setMinWidth(NAME_WIDTH);
        name.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : value);
                setTooltip(empty || value == null ? null : new javafx.scene.control.Tooltip(value));
            }
        });
        table.getColumns().add(name);
        table.getColumns().add(column("network.measures.country", m -> m.country() == null ? "" : m.country(), 40));
        TableColumn<ActorMeasures, Integer> degree = column("network.measures.degree", ActorMeasures::degree, 50);
        table.getColumns().add(degree);
        TableColumn<ActorMeasures, Double> betweenness =
                column("network.measures.betweenness", ActorMeasures::normalisedBetweenness, 70);
        betweenness.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Double value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : String.format(Locale.ROOT, "%.3f", value));
            }
        });
        table.getColumns().add(betweenness);
        degree.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().add(degree);
        // the pane's spare width goes to the names, which are long, not to the figures, which are short
        table.getColumns().stream().skip(1)
                .forEach(c -> c.maxWidthProperty().bind(c.minWidthProperty().add(FIGURE_SLACK)));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && table.isFocused()) {
                select.accept(now.actorId());
            }
        });
        return table;
    }

    TableView<CountryPair> borders(ObservableList<CountryPair> rows) {
        TableView<CountryPair> table = table(rows, "crossBorderTable");
        table.getColumns().add(column("network.borders.first", CountryPair::first, 80));
        table.getColumns().add(column("network.borders.second", CountryPair::second, 80));
        table.getColumns().add(column("network.borders.links", CountryPair::links, 70));
        return table;
    }

    private <T> TableView<T> table(ObservableList<T> rows, String id) {
        SortedList<T> sorted = new SortedList<>(rows);
        TableView<T> table = new TableView<>(sorted);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setId(id);
        table.setPlaceholder(new Label(messages.get("network.measures.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // as wide as its headers, so the side pane never squeezes them: the split keeps the pane's minimum
        HeaderWidths.keep(table, () -> table.setMinWidth(table.getColumns().stream()
                .mapToDouble(TableColumn::getMinWidth).sum() + table.snappedLeftInset() + table.snappedRightInset()
                + SCROLL_BAR));
        return table;
    }

    private <T, V> TableColumn<T, V> column(String key, Function<T, V> value, double width) {
        TableColumn<T, V> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
