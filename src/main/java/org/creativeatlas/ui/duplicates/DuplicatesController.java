package org.creativeatlas.ui.duplicates;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.logic.duplicates.DuplicatePair;
import org.creativeatlas.ui.table.FieldFormat;

/** The duplicates window: the candidate pairs best first, and Merge…, Dismiss and Skip for the selected one. */
public final class DuplicatesController {

    @FXML private TableView<DuplicatePair> pairsTable;
    @FXML private TableColumn<DuplicatePair, String> typeColumn;
    @FXML private TableColumn<DuplicatePair, String> firstColumn;
    @FXML private TableColumn<DuplicatePair, String> firstPlaceColumn;
    @FXML private TableColumn<DuplicatePair, String> secondColumn;
    @FXML private TableColumn<DuplicatePair, String> secondPlaceColumn;
    @FXML private TableColumn<DuplicatePair, String> scoreColumn;
    @FXML private TableColumn<DuplicatePair, String> whyColumn;
    @FXML private Button mergeButton;
    @FXML private Button dismissButton;
    @FXML private Button skipButton;
    @FXML private Button findButton;
    @FXML private ProgressIndicator progress;
    @FXML private Label statusLabel;

    private final DuplicatesViewModel model;
    private final FieldFormat format;
    private final Messages messages;
    private final PairText text;

    public DuplicatesController(DuplicatesViewModel model, FieldFormat format) {
        this.model = model;
        this.format = format;
        this.messages = format.messages();
        this.text = new PairText(messages);
    }

    @FXML
    private void initialize() {
        pairsTable.setItems(model.pairs());
        pairsTable.setPlaceholder(new Label(messages.get("duplicates.none")));
        show(typeColumn, p -> messages.get("type." + p.first().type().code()));
        show(firstColumn, p -> p.first().name());
        show(firstPlaceColumn, p -> text.place(p.first()));
        show(secondColumn, p -> p.second().name());
        show(secondPlaceColumn, p -> text.place(p.second()));
        show(scoreColumn, text::score);
        show(whyColumn, text::why);
        var none = pairsTable.getSelectionModel().selectedItemProperty().isNull().or(model.busy());
        mergeButton.disableProperty().bind(none);
        dismissButton.disableProperty().bind(none);
        skipButton.disableProperty().bind(none);
        findButton.disableProperty().bind(model.busy());
        progress.visibleProperty().bind(model.busy());
        statusLabel.textProperty().bind(model.status());
        model.pairs().addListener((javafx.collections.ListChangeListener<DuplicatePair>) c -> {
            if (pairsTable.getSelectionModel().isEmpty() && !model.pairs().isEmpty()) {
                pairsTable.getSelectionModel().selectFirst();
            }
        });
    }

    private static void show(TableColumn<DuplicatePair, String> column, Function<DuplicatePair, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    private DuplicatePair selected() {
        return pairsTable.getSelectionModel().getSelectedItem();
    }

    @FXML
    private void onMerge() {
        MergeChoice choice = new MergeChoice(model.catalogue().catalogue(), selected());
        new MergeDialog(choice, format).ask(pairsTable.getScene().getWindow()).ifPresent(model::merge);
    }

    @FXML
    private void onDismiss() {
        model.dismiss(selected());
    }

    @FXML
    private void onSkip() {
        model.skip(selected());
    }

    @FXML
    private void onFind() {
        model.find();
    }

    @FXML
    private void onClose() {
        pairsTable.getScene().getWindow().hide();
    }
}
