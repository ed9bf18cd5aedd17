package org.creativeatlas.ui.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.logic.documents.ReadDocument;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Problem;
import org.creativeatlas.ui.table.FieldFormat;
import org.creativeatlas.ui.viewmodel.ActorItem;
import org.creativeatlas.ui.viewmodel.CandidateRow;
import org.creativeatlas.ui.viewmodel.ReviewViewModel;
import org.creativeatlas.ui.viewmodel.ReviewViewModel.Tally;

/**
 * The review of one document: its text with the candidates' passages marked, the candidates with their matches, and
 * the commands (buttons and single keys) that decide each one. Finishing hands the decisions to the import run.
 */
public final class ReviewController {

    @FXML private BorderPane root;
    @FXML private Label titleLabel;
    @FXML private Label positionLabel;
    @FXML private Label infoLabel;
    @FXML private Label knownLabel;
    @FXML private ScrollPane textScroll;
    @FXML private TableView<CandidateRow> table;
    @FXML private SearchableComboBox<ActorItem> mergeTarget;
    @FXML private VBox formBox;
    @FXML private Label messageLabel;
    @FXML private Label detailLabel;
    @FXML private Button mergeButton;
    @FXML private FlowPane keysPane;
    @FXML private Slider confidenceSlider;
    @FXML private Button acceptAllButton;
    @FXML private Label tallyLabel;
    @FXML private Button skipButton;
    @FXML private Button finishButton;

    private final ReviewViewModel review;
    private final FieldFormat format;
    private final Messages messages;
    private final ReviewActions actions;
    private final int position;
    private final int total;
    private DocumentPane document;
    private DraftForm form;
    private CandidateText texts;
    private ActorType targetsType;

    ReviewController(ReviewViewModel review, FieldFormat format, ReviewActions actions, int position, int total) {
        this.review = review;
        this.format = format;
        this.messages = format.messages();
        this.actions = actions;
        this.position = position;
        this.total = total;
    }

    @FXML
    private void initialize() {
        showDocument(review.proposal().document());
        texts = new CandidateText(messages, review);
        new CandidateColumns(messages, texts).install(table);
        table.setItems(review.rows());
        table.setPlaceholder(new Label(messages.get("review.none")));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> review.selected().set(now));
        review.selected().addListener((obs, old, now) -> onSelected(now));
        review.rows().addListener((Observable obs) -> {
            document.mark();
            describe(review.selected().get());
        });
        form = new DraftForm(format, this::onApplyEdit, this::closeForm);
        closeForm();
        mergeTarget.setConverter(new ActorNames(messages));
        mergeTarget.setPromptText(messages.get("review.merge_into.prompt"));
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        confidenceSlider.valueProperty().bindBidirectional(review.minConfidence());
        acceptAllButton.textProperty().bind(Bindings.createStringBinding(() -> messages.get("review.accept_all",
                String.format(Locale.ROOT, "%.2f", review.minConfidence().get())), review.minConfidence()));
        tallyLabel.textProperty().bind(review.tally().map(this::tallyText));
        boolean last = position == total;
        finishButton.setText(messages.get(last ? "review.finish" : "review.finish_next"));
        skipButton.setVisible(!last);
        skipButton.setManaged(!last);
        keysPane.getChildren().setAll(new KeyHints(messages).nodes());
        document.mark();
        if (!review.rows().isEmpty()) {
            table.getSelectionModel().select(0);
        }
        Platform.runLater(table::requestFocus);
    }

    private void showDocument(ReadDocument doc) {
        titleLabel.setText(doc.title() == null || doc.title().isBlank() ? doc.fileName() : doc.title());
        positionLabel.setText(messages.get("review.position", position, total));
        positionLabel.setVisible(total > 1);
        List<String> info = new ArrayList<>();
        info.add(doc.fileName());
        if (doc.language() != null) {
            info.add(messages.get("review.lang." + doc.language()));
        }
        if (doc.date() != null) {
            info.add(doc.date());
        }
        info.add(messages.get("review.count", review.rows().size()));
        infoLabel.setText(String.join("  ·  ", info));
        boolean known = review.proposal().alreadyImported();
        knownLabel.setText(known ? messages.get("review.known", review.proposal().knownSource().title()) : "");
        knownLabel.setVisible(known);
        knownLabel.setManaged(known);
        document = new DocumentPane(review, textScroll);
    }

    private void onSelected(CandidateRow row) {
        closeForm();
        messageLabel.setText("");
        document.mark();
        describe(row);
        if (row == null) {
            return;
        }
        mergeButton.setDisable(row.bestMatch().isEmpty());
        if (table.getSelectionModel().getSelectedItem() != row) {
            table.getSelectionModel().select(row);
            table.scrollTo(Math.max(0, table.getItems().indexOf(row) - 2));
        }
        offerTargets(row);
        Platform.runLater(() -> document.scrollTo(row));
    }

    private void describe(CandidateRow row) {
        detailLabel.setText(row == null ? "" : texts.describe(row));
    }

    private void offerTargets(CandidateRow row) {
        ActorType type = row.draft().get().type();
        if (type != targetsType) {
            // a new list, not setAll: changing the searchable box's list in place throws inside its skin when it
            // shrinks (ControlsFX issue 1320)
            mergeTarget.setValue(null);
            mergeTarget.setItems(FXCollections.observableArrayList(review.mergeTargets(type)));
            targetsType = type;
        }
        mergeTarget.setValue(row.bestMatch().flatMap(m -> review.actor(m.actor().id())).orElse(null));
    }

    private void onKey(KeyEvent e) {
        Node focus = root.getScene() == null ? null : root.getScene().getFocusOwner();
        if (focus instanceof TextInputControl || inside(focus, formBox) || inside(focus, mergeTarget)) {
            return;
        }
        Runnable command = switch (e.getCode()) {
            case A -> this::onAccept;
            case N -> this::onAddAsNew;
            case R -> this::onReject;
            case M -> this::onMergeBest;
            case E -> this::onEdit;
            case ENTER -> this::onFinish;
            default -> null;
        };
        if (command != null && !e.isShortcutDown() && !e.isAltDown()) {
            e.consume();
            command.run();
        }
    }

    private static boolean inside(Node node, Node parent) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == parent) {
                return true;
            }
        }
        return false;
    }

    private CandidateRow current() {
        return review.selected().get();
    }

    /** After a decision the next candidate comes up, so a review is a run of single keys. */
    private void next() {
        int i = table.getSelectionModel().getSelectedIndex();
        if (i + 1 < table.getItems().size()) {
            table.getSelectionModel().clearAndSelect(i + 1);
        }
        table.requestFocus();
    }

    @FXML
    private void onAccept() {
        if (current() != null) {
            review.accept(current());
            next();
        }
    }

    @FXML
    private void onAddAsNew() {
        if (current() != null) {
            review.addAsNew(current());
            next();
        }
    }

    @FXML
    private void onReject() {
        if (current() != null) {
            review.reject(current());
            next();
        }
    }

    @FXML
    private void onMergeBest() {
        if (current() == null) {
            return;
        }
        if (review.mergeIntoBest(current())) {
            next();
        } else {
            messageLabel.setText(messages.get("review.no_match"));
            mergeTarget.requestFocus();
        }
    }

    @FXML
    private void onMergeChosen() {
        if (current() != null && mergeTarget.getValue() != null) {
            review.merge(current(), mergeTarget.getValue());
            next();
        }
    }

    @FXML
    private void onEdit() {
        if (current() != null) {
            formBox.getChildren().setAll(form);
            form.show(current().draft().get());
        }
    }

    private void onApplyEdit() {
        Optional<Problem> problem = review.acceptEdited(current(), form.edited());
        form.showProblem(problem);
        if (problem.isEmpty()) {
            closeForm();
            next();
        }
    }

    private void closeForm() {
        formBox.getChildren().clear();
        table.requestFocus();
    }

    @FXML
    private void onAcceptAll() {
        int n = review.acceptAllAbove();
        messageLabel.setText(messages.get("review.accept_all.done", n));
        table.requestFocus();
    }

    @FXML
    private void onFinish() {
        root.setDisable(true);
        actions.finish(review);
    }

    @FXML
    private void onSkip() {
        actions.skip();
    }

    @FXML
    private void onCancel() {
        actions.cancel();
    }

    /** Lets the reviewer try again after storing failed. */
    void enable() {
        root.setDisable(false);
        table.requestFocus();
    }

    private String tallyText(Tally t) {
        return messages.get("review.tally", t.accepted(), t.merged(), t.rejected(), t.undecided());
    }
}
