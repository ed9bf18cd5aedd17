package org.creativeatlas.ui.sheets;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.logic.sheets.ProblemSummary;
import org.creativeatlas.logic.sheets.RowProblem;
import org.creativeatlas.logic.sheets.SheetTable;
import org.creativeatlas.ui.sheets.SheetImportViewModel.Step;

/**
 * The spreadsheet import wizard: file and what its rows are, then the first rows with a target chosen above each
 * column, then the problems and the value readings (which the researcher may change) before anything is written,
 * then what the import did.
 */
public final class SheetImportController {

    static final int PREVIEW_ROWS = 12;

    @FXML private TextField fileField;
    @FXML private ComboBox<SheetKind> kindBox;
    @FXML private TableView<Integer> previewTable;
    @FXML private VBox sourcePage;
    @FXML private VBox checkPage;
    @FXML private VBox donePage;
    @FXML private Label checkSummary;
    @FXML private ListView<String> problemList;
    @FXML private TableView<ValueRow> valueTable;
    @FXML private Label valuesNote;
    @FXML private Label doneLabel;
    @FXML private ProgressBar progress;
    @FXML private Label statusLabel;
    @FXML private Button backButton;
    @FXML private Button checkButton;
    @FXML private Button importButton;
    @FXML private Button cancelButton;
    @FXML private Button closeButton;

    private final SheetImportViewModel model;
    private final Messages messages;
    private final TargetNames names;

    public SheetImportController(SheetImportViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.names = new TargetNames(messages);
    }

    @FXML
    private void initialize() {
        kindBox.getItems().setAll(SheetKind.all());
        kindBox.setConverter(converter(names::kind));
        kindBox.valueProperty().bindBidirectional(model.kind());
        model.file().subscribe(f -> fileField.setText(f == null ? "" : f.toString()));
        model.columns().addListener((ListChangeListener<ColumnChoice>) c -> showPreview());
        sourcePage.visibleProperty().bind(model.step().isEqualTo(Step.SOURCE));
        checkPage.visibleProperty().bind(model.step().isEqualTo(Step.CHECK));
        donePage.visibleProperty().bind(model.step().isEqualTo(Step.DONE));
        progress.visibleProperty().bind(model.busy());
        progress.managedProperty().bind(model.busy());
        progress.progressProperty().bind(model.progress());
        cancelButton.visibleProperty().bind(model.importing());
        cancelButton.managedProperty().bind(model.importing());
        // Escape stops an import under way rather than closing the window on it
        cancelButton.cancelButtonProperty().bind(model.importing());
        closeButton.cancelButtonProperty().bind(model.importing().not());
        statusLabel.textProperty().bind(model.status());
        statusLabel.visibleProperty().bind(donePage.visibleProperty().not());
        checkButton.defaultButtonProperty().bind(sourcePage.visibleProperty());
        importButton.defaultButtonProperty().bind(checkPage.visibleProperty());
        doneLabel.textProperty().bind(model.status());
        backButton.disableProperty().bind(model.step().isNotEqualTo(Step.CHECK).or(model.busy()));
        checkButton.disableProperty().bind(model.step().isNotEqualTo(Step.SOURCE).or(model.busy())
                .or(model.table().isNull()));
        importButton.disableProperty().bind(model.step().isNotEqualTo(Step.CHECK).or(model.busy()));
        kindBox.disableProperty().bind(model.step().isNotEqualTo(Step.SOURCE));
        model.problems().subscribe(this::showProblems);
        ValueTable.install(valueTable, messages);
        valueTable.setItems(model.values());
        valueTable.disableProperty().bind(model.importing());
        valuesNote.textProperty().bind(model.valuesNote());
        valuesNote.visibleProperty().bind(model.valuesNote().isEmpty().not());
        valuesNote.managedProperty().bind(valuesNote.visibleProperty());
        previewTable.setPlaceholder(new Label(messages.get("sheet.no_file")));
    }

    private void showPreview() {
        SheetTable table = model.table().get();
        previewTable.getColumns().clear();
        TableColumn<Integer, String> number = new TableColumn<>("#");
        number.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(table.rowNumbers()[c.getValue()])));
        number.setSortable(false);
        number.setPrefWidth(44);
        previewTable.getColumns().add(number);
        List<ColumnChoice> columns = model.columns();
        for (int i = 0; i < columns.size(); i++) {
            previewTable.getColumns().add(column(table, i, columns.get(i)));
        }
        previewTable.getItems().setAll(java.util.stream.IntStream.range(0, Math.min(PREVIEW_ROWS, table.size()))
                .boxed().toList());
    }

    private TableColumn<Integer, String> column(SheetTable table, int index, ColumnChoice choice) {
        ComboBox<String> target = new ComboBox<>();
        target.getItems().add(null);
        target.getItems().addAll(model.kind().get().targets());
        target.setConverter(converter(names::target));
        target.valueProperty().bindBidirectional(choice.target());
        target.setId("target-" + index);
        target.setMaxWidth(Double.MAX_VALUE);
        Label header = new Label(choice.header());
        header.getStyleClass().add("field-label");
        VBox graphic = new VBox(4, header, target);
        TableColumn<Integer, String> column = new TableColumn<>();
        column.setGraphic(graphic);
        column.setSortable(false);
        column.setReorderable(false);
        column.setPrefWidth(180);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(table.cell(c.getValue(), index)));
        return column;
    }

    private void showProblems(ProblemSummary summary) {
        if (summary == null) {
            return;
        }
        checkSummary.setText(messages.get("sheet.check.summary", summary.rows(), summary.badRows(),
                summary.rows() - summary.badRows()));
        problemList.getItems().setAll(summary.examples().stream().map(this::problemText).toList());
        if (summary.examples().size() < summary.countsByKey().values().stream().mapToInt(Integer::intValue).sum()) {
            problemList.getItems().add(messages.get("sheet.check.more", summary.examples().size()));
        }
    }

    private String problemText(RowProblem p) {
        String where = p.column() == null ? messages.get("sheet.check.row", p.rowNumber())
                : messages.get("sheet.check.cell", p.rowNumber(), p.column());
        return where + ":  " + messages.problem(p.problem());
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("chosen from the list only");
            }
        };
    }

    @FXML
    private void onChoose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("sheet.choose"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("sheet.filter"), "*.csv", "*.xlsx", "*.tsv", "*.txt"),
                new FileChooser.ExtensionFilter(messages.get("file.filter.all"), "*"));
        File chosen = chooser.showOpenDialog(window());
        if (chosen != null) {
            model.load(chosen.toPath());
        }
    }

    /** A path typed or pasted into the field, read on Enter. */
    @FXML
    private void onFileTyped() {
        String text = fileField.getText().strip();
        if (!text.isEmpty()) {
            model.load(Path.of(text));
        }
    }

    @FXML
    private void onBack() {
        model.back();
    }

    @FXML
    private void onCheck() {
        if (model.complete()) {
            model.check();
        } else {
            model.status().set(messages.get(model.kind().get().links() ? "sheet.need.link" : "sheet.need.name"));
        }
    }

    @FXML
    private void onImport() {
        model.importRows();
    }

    @FXML
    private void onCancel() {
        model.cancelImport();
    }

    @FXML
    private void onClose() {
        window().hide();
    }

    private javafx.stage.Window window() {
        return previewTable.getScene().getWindow();
    }
}
