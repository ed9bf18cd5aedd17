package org.creativeatlas.ui.imports;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.logic.imports.Decision;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.ui.TypeIcons;
import org.creativeatlas.ui.table.HeaderWidths;
import org.creativeatlas.ui.viewmodel.CandidateRow;
import org.kordamp.ikonli.javafx.FontIcon;

/** The columns of the candidate table, and rows styled by their decision. */
final class CandidateColumns {

    private final Messages messages;
    private final CandidateText text;

    CandidateColumns(Messages messages, CandidateText text) {
        this.messages = messages;
        this.text = text;
    }

    void install(TableView<CandidateRow> table) {
        table.getColumns().setAll(List.of(decisionColumn(), typeColumn(),
                column("name", 300, r -> r.draft().map(Actor::name)),
                // beside the name, so what accepting does (merge or add) is read with it
                column("match", 260, r -> constant(text.match(r))),
                column("country", 72, r -> r.draft().map(Actor::country)),
                column("city", 110, r -> r.draft().map(Actor::city)),
                column("role", 120, r -> r.draft().map(Actor::role)),
                column("affiliation", 120, r -> constant(r.candidate().affiliation())),
                column("date", 88, r -> constant(r.candidate().date())),
                column("confidence", 88, r -> constant(String.format(Locale.ROOT, "%.2f", r.candidate().confidence())))));
        // every column stays in sight, narrowed in proportion: a review must not need side scrolling
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // never narrower than their headers, which are longer in Russian and Kazakh («Уверенность», «Сенімділік»)
        HeaderWidths.keep(table);
        table.setRowFactory(t -> new DecisionRow());
    }

    private TableColumn<CandidateRow, String> column(String id, double width,
                                                      Function<CandidateRow, ObservableValue<String>> value) {
        TableColumn<CandidateRow, String> column = new TableColumn<>(messages.get("review.column." + id));
        column.setId(id);
        column.setPrefWidth(width);
        // narrow columns (codes, dates, scores) keep their width; wide ones give up to half in a small window
        column.setMinWidth(width <= 100 ? width : width / 2);
        column.setCellValueFactory(c -> value.apply(c.getValue()));
        return column;
    }

    private static ObservableValue<String> constant(String value) {
        return new ReadOnlyStringWrapper(value);
    }

    private TableColumn<CandidateRow, ActorType> typeColumn() {
        TableColumn<CandidateRow, ActorType> column = new TableColumn<>();
        column.setId("type");
        column.setMinWidth(32);
        column.setMaxWidth(32);
        column.setCellValueFactory(c -> c.getValue().draft().map(Actor::type));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ActorType type, boolean empty) {
                super.updateItem(type, empty);
                setGraphic(empty || type == null ? null : new FontIcon(TypeIcons.of(type)));
                setTooltip(empty || type == null ? null : new Tooltip(messages.get("type." + type.code())));
            }
        });
        return column;
    }

    private TableColumn<CandidateRow, Decision> decisionColumn() {
        TableColumn<CandidateRow, Decision> column = new TableColumn<>();
        column.setId("decision");
        column.setMinWidth(30);
        column.setMaxWidth(30);
        column.setSortable(false);
        column.setCellValueFactory(c -> c.getValue().decision());
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Decision d, boolean empty) {
                super.updateItem(d, empty);
                CandidateRow row = empty ? null : getTableRow().getItem();
                setGraphic(d == null || row == null ? null : new FontIcon(icon(d.action())));
                setTooltip(row == null ? null : new Tooltip(text.decision(row)));
            }
        });
        return column;
    }

    static String styleOf(Decision d) {
        return d == null ? "undecided" : d.action().name().toLowerCase(Locale.ROOT);
    }

    private static String icon(Decision.Action action) {
        return switch (action) {
            case ACCEPT -> "mdi2c-check";
            case MERGE -> "mdi2c-call-merge";
            case REJECT -> "mdi2c-close";
        };
    }

    private static final class DecisionRow extends TableRow<CandidateRow> {
        private static final List<String> STYLES = List.of("accept", "merge", "reject", "undecided");

        DecisionRow() {
            itemProperty().flatMap(CandidateRow::decision).orElse(null)
                    .addListener((obs, old, now) -> restyle());
            itemProperty().addListener((obs, old, now) -> restyle());
        }

        private void restyle() {
            getStyleClass().removeAll(STYLES);
            if (getItem() != null) {
                getStyleClass().add(styleOf(getItem().decision().get()));
            }
        }
    }
}
