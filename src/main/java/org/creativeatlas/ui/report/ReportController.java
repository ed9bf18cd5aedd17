package org.creativeatlas.ui.report;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.ui.Dialogs;
import org.creativeatlas.ui.TypeIcons;
import org.creativeatlas.ui.UiLanguage;
import org.kordamp.ikonli.javafx.FontIcon;

/** The report window: the options on the left, the pages on the right, Save as PDF and Print. */
public final class ReportController {

    @FXML private BorderPane root;
    @FXML private TextField titleField;
    @FXML private TextField authorField;
    @FXML private DatePicker datePicker;
    @FXML private ComboBox<UiLanguage> languageBox;
    @FXML private Label scopeLabel;
    @FXML private FlowPane typeBoxes;
    @FXML private TextArea noteArea;
    @FXML private Button firstButton;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private Button lastButton;
    @FXML private TextField pageField;
    @FXML private Label pageCountLabel;
    @FXML private Label zoomLabel;
    @FXML private ToggleButton fitWidthButton;
    @FXML private ToggleButton fitPageButton;
    @FXML private Button saveButton;
    @FXML private Button printButton;
    @FXML private ScrollPane scroller;
    @FXML private StackPane desk;
    @FXML private StackPane paper;
    @FXML private ImageView pageImage;
    @FXML private HBox progressBox;
    @FXML private ProgressBar progressBar;
    @FXML private Label stageLabel;
    @FXML private Label statusLabel;

    private final ReportViewModel model;
    private final PreviewModel preview;
    private final Messages messages;

    public ReportController(ReportViewModel model, Messages messages) {
        this.model = model;
        this.preview = model.preview();
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        // the window answers for its model, so tests and tools can reach the report it shows
        root.setUserData(model);
        bindOptions(model.form());
        bindNavigation();
        bindPage();
        progressBox.visibleProperty().bind(model.busy());
        progressBox.managedProperty().bind(model.busy());
        progressBar.progressProperty().bind(model.progress());
        stageLabel.textProperty().bind(model.stage());
        statusLabel.textProperty().bind(model.status());
        saveButton.disableProperty().bind(model.outputDisabled());
        printButton.disableProperty().bind(model.outputDisabled());
        root.sceneProperty().subscribe(scene -> {
            if (scene != null) {
                shortcut(scene, KeyCode.S, saveButton::fire);
                shortcut(scene, KeyCode.P, printButton::fire);
                shortcut(scene, KeyCode.EQUALS, preview::zoomIn);
                shortcut(scene, KeyCode.ADD, preview::zoomIn);
                shortcut(scene, KeyCode.MINUS, preview::zoomOut);
                shortcut(scene, KeyCode.SUBTRACT, preview::zoomOut);
            }
        });
        model.problem().subscribe(notice -> {
            if (notice != null) {
                model.problem().set(null);
                new Dialogs(messages, window()).error(notice.header(), notice.text());
            }
        });
    }

    private static void shortcut(Scene scene, KeyCode key, Runnable action) {
        scene.getAccelerators().put(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN), action);
    }

    private void bindOptions(ReportForm form) {
        titleField.textProperty().bindBidirectional(form.title());
        titleField.promptTextProperty().bind(Bindings.createStringBinding(form::defaultTitle, form.language()));
        authorField.textProperty().bindBidirectional(form.author());
        datePicker.valueProperty().bindBidirectional(form.date());
        languageBox.getItems().setAll(UiLanguage.values());
        languageBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(UiLanguage language) {
                return language == null ? "" : language.nativeName();
            }

            @Override
            public UiLanguage fromString(String text) {
                return null;
            }
        });
        languageBox.valueProperty().bindBidirectional(form.language());
        scopeLabel.setText(form.scope());
        for (ActorType type : ActorType.values()) {
            CheckBox box = new CheckBox(messages.get("types." + type.code()));
            box.setGraphic(new FontIcon(TypeIcons.of(type)));
            box.setId("reportType-" + type.code());
            box.selectedProperty().bindBidirectional(form.type(type));
            box.disableProperty().bind(form.onlyType(type));
            typeBoxes.getChildren().add(box);
        }
        noteArea.textProperty().bindBidirectional(form.note());
    }

    private void bindNavigation() {
        var page = preview.page();
        var count = preview.pageCount();
        firstButton.disableProperty().bind(page.lessThanOrEqualTo(0));
        previousButton.disableProperty().bind(page.lessThanOrEqualTo(0));
        nextButton.disableProperty().bind(page.greaterThanOrEqualTo(count.subtract(1)));
        lastButton.disableProperty().bind(page.greaterThanOrEqualTo(count.subtract(1)));
        pageField.disableProperty().bind(count.isEqualTo(0));
        pageCountLabel.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("report_window.page_count", count.get()), count));
        page.subscribe(p -> {
            pageField.setText(count.get() == 0 ? "" : String.valueOf(p.intValue() + 1));
            scroller.setVvalue(0);
        });
        count.subscribe(c -> pageField.setText(c.intValue() == 0 ? "" : String.valueOf(page.get() + 1)));
        pageField.setOnAction(e -> goToTyped());
        pageField.focusedProperty().subscribe(focused -> {
            if (!focused) {
                pageField.setText(String.valueOf(page.get() + 1));
            }
        });
        scroller.addEventFilter(KeyEvent.KEY_PRESSED, this::onPageKey);
    }

    private void goToTyped() {
        try {
            preview.goTo(Integer.parseInt(pageField.getText().strip()) - 1);
        } catch (NumberFormatException e) {
            // not a number: show the page there is
        }
        pageField.setText(String.valueOf(preview.page().get() + 1));
        scroller.requestFocus();
    }

    /** Page Up and Page Down turn pages, Home and End go to the first and last. */
    private void onPageKey(KeyEvent e) {
        switch (e.getCode()) {
            case PAGE_DOWN -> preview.next();
            case PAGE_UP -> preview.previous();
            case HOME -> preview.first();
            case END -> preview.last();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void bindPage() {
        zoomLabel.textProperty().bind(Bindings.createStringBinding(
                () -> Math.round(preview.zoom().get() * 100) + " %", preview.zoom()));
        preview.fit().subscribe(fit -> {
            fitWidthButton.setSelected(fit == Fit.WIDTH);
            fitPageButton.setSelected(fit == Fit.PAGE);
        });
        fitWidthButton.setOnAction(e -> preview.fit().set(fitWidthButton.isSelected() ? Fit.WIDTH : Fit.NONE));
        fitPageButton.setOnAction(e -> preview.fit().set(fitPageButton.isSelected() ? Fit.PAGE : Fit.NONE));
        pageImage.imageProperty().bind(preview.image());
        pageImage.fitWidthProperty().bind(preview.pageWidth());
        for (var size : List.of(paper.minWidthProperty(), paper.prefWidthProperty(), paper.maxWidthProperty())) {
            size.bind(preview.pageWidth());
        }
        for (var size : List.of(paper.minHeightProperty(), paper.prefHeightProperty(), paper.maxHeightProperty())) {
            size.bind(preview.pageHeight());
        }
        paper.visibleProperty().bind(preview.pageCount().greaterThan(0));
        scroller.viewportBoundsProperty().subscribe(this::onViewport);
    }

    /** Keeps the page centred in the viewport and tells the preview the room it has. */
    private void onViewport(Bounds bounds) {
        desk.setMinSize(bounds.getWidth(), bounds.getHeight());
        Window window = window();
        preview.viewport(bounds.getWidth(), bounds.getHeight(), window == null ? 1 : window.getRenderScaleX());
    }

    @FXML
    private void onFirst() {
        preview.first();
    }

    @FXML
    private void onPrevious() {
        preview.previous();
    }

    @FXML
    private void onNext() {
        preview.next();
    }

    @FXML
    private void onLast() {
        preview.last();
    }

    @FXML
    private void onZoomIn() {
        preview.zoomIn();
    }

    @FXML
    private void onZoomOut() {
        preview.zoomOut();
    }

    @FXML
    private void onCancel() {
        model.cancel();
    }

    @FXML
    private void onSave() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("report_window.save.title"));
        chooser.setInitialFileName(messages.get("report_window.file_name"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("report_window.filter.pdf"),
                "*.pdf"));
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            model.save(withPdfExtension(file.toPath()));
        }
    }

    /** A name typed without an extension gets ".pdf", as other programs' save dialogs do. */
    private static Path withPdfExtension(Path path) {
        String name = path.getFileName().toString();
        return name.contains(".") ? path : path.resolveSibling(name + ".pdf");
    }

    @FXML
    private void onPrint() {
        model.print();
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
