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
import org.creativeatlas.logic.match.Match;
import org.creativeatlas.model.Actor;
import org.creativeatlas.ui.viewmodel.CandidateRow;
import org.creativeatlas.ui.viewmodel.ReviewViewModel;
import org.kordamp.ikonli.javafx.FontIcon;

/** The columns of the candidate table, and rows styled by their decision. */
final class CandidateColumns {

    private final Messages messages;
    private final ReviewViewModel review;

    CandidateColumns(Messages messages, ReviewViewModel review) {
        this.messages = messages;
        this.review = review;
    }

    void install(TableView<CandidateRow> table) {
        table.getColumns().setAll(List.of(decisionColumn(),
                column("type", 95, r -> r.draft().map(a -> messages.get("type." + a.type().code()))),
                column("name", 220, r -> r.draft().map(Actor::name)),
                column("country", 60, r -> r.draft().map(Actor::country)),
                column("city", 90, r -> r.draft().map(Actor::city)),
                column("role", 130, r -> r.draft().map(Actor::role)),
                column("affiliation", 150, r -> constant(r.candidate().affiliation())),
                column("date", 85, r -> constant(r.candidate().date())),
                column("match", 200, r -> constant(matchText(r))),
                column("confidence", 70, r -> constant(String.format(Locale.ROOT, "%.2f", r.candidate().confidence())))));
        table.setRowFactory(t -> new DecisionRow());
    }

    private TableColumn<CandidateRow, String> column(String id, double width,
                                                      Function<CandidateRow, ObservableValue<String>> value) {
        TableColumn<CandidateRow, String> column = new TableColumn<>(messages.get("review.column." + id));
        column.setId(id);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> value.apply(c.getValue()));
        return column;
    }

    private static ObservableValue<String> constant(String value) {
        return new ReadOnlyStringWrapper(value);
    }

    /** "new", "same as X 0.93" or "maybe X 0.71" for a weaker match worth a look. */
    String matchText(CandidateRow row) {
        return row.bestMatch().filter(m -> m.score() >= Match.MAYBE)
                .map(m -> messages.get(m.isSame() ? "review.match.same" : "review.match.maybe", m.actor().name(),
                        String.format(Locale.ROOT, "%.2f", m.score())))
                .orElse(messages.get("review.match.new"));
    }

    /** What was decided, in words, for the tooltip and the footer of the form. */
    String decisionText(CandidateRow row) {
        Decision d = row.decision().get();
        if (d == null) {
            return messages.get("review.decision.none");
        }
        return switch (d.action()) {
            case ACCEPT -> messages.get("review.decision.accept");
            case REJECT -> messages.get("review.decision.reject");
            case MERGE -> messages.get("review.decision.merge",
                    review.actor(d.mergeInto()).map(i -> i.actor().name()).orElse("#" + d.mergeInto()));
        };
    }

    private TableColumn<CandidateRow, Decision> decisionColumn() {
        TableColumn<CandidateRow, Decision> column = new TableColumn<>();
        column.setId("decision");
        column.setPrefWidth(34);
        column.setResizable(false);
        column.setSortable(false);
        column.setCellValueFactory(c -> c.getValue().decision());
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Decision d, boolean empty) {
                super.updateItem(d, empty);
                CandidateRow row = empty ? null : getTableRow().getItem();
                setGraphic(d == null || row == null ? null : new FontIcon(icon(d.action())));
                setTooltip(row == null ? null : new Tooltip(decisionText(row)));
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
