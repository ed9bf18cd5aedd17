package org.creativeatlas.ui.detail;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.controlsfx.control.SearchableComboBox;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.logic.edit.LinkRules;
import org.creativeatlas.model.LinkType;
import org.creativeatlas.model.NameVariant;
import org.creativeatlas.model.Problem;
import org.creativeatlas.ui.RightToLeft;
import org.creativeatlas.ui.table.FieldFormat;
import org.creativeatlas.ui.table.FieldFormat.Choice;
import org.creativeatlas.ui.viewmodel.ActorItem;
import org.creativeatlas.ui.viewmodel.DetailViewModel;
import org.creativeatlas.ui.viewmodel.LinkEntry;
import org.creativeatlas.ui.viewmodel.MentionEntry;
import org.kordamp.ikonli.javafx.FontIcon;

/** The detail pane: the selected actor's fields, other names, links and sources, with their commands. */
public final class DetailPaneController {

    private static final List<String> VARIANT_LANGS = List.of("en", "ru", "kk", "other");

    @FXML private Label typeLabel;
    @FXML private Label nameLabel;
    @FXML private Label emptyLabel;
    @FXML private ScrollPane scroll;
    @FXML private GridPane fieldsGrid;
    @FXML private VBox variantsBox;
    @FXML private TextField variantText;
    @FXML private ComboBox<Choice> variantLang;
    @FXML private Label variantProblem;
    @FXML private VBox linksBox;
    @FXML private SearchableComboBox<ActorItem> linkTarget;
    @FXML private ComboBox<Choice> linkRole;
    @FXML private Label linkProblem;
    @FXML private VBox sourcesBox;
    @FXML private VBox personBox;

    private final DetailViewModel detail;
    private final FieldFormat format;
    private final Messages messages;
    private FieldForm form;
    private PersonSection person;
    private ActorItem shownItem;
    private Subscription subscriptions = Subscription.EMPTY;

    public DetailPaneController(DetailViewModel detail, FieldFormat format) {
        this.detail = detail;
        this.format = format;
        this.messages = format.messages();
    }

    @FXML
    private void initialize() {
        // the width inside the pane's padding, whatever the form's columns would take
        form = new FieldForm(fieldsGrid, Bindings.createDoubleBinding(() -> scroll.getViewportBounds().getWidth()
                - ((Region) scroll.getContent()).snappedLeftInset() - ((Region) scroll.getContent()).snappedRightInset(),
                scroll.viewportBoundsProperty()), format, detail);
        person = new PersonSection(personBox, messages, detail::show);
        VARIANT_LANGS.forEach(l -> variantLang.getItems().add(new Choice(l, messages.get("lang." + l))));
        variantLang.getSelectionModel().selectFirst();
        linkTarget.valueProperty().addListener((obs, old, now) -> offerRoles(now));
        // the candidates are listed when first needed: sorting a large catalogue on every selection would lag
        linkTarget.focusedProperty().addListener((obs, was, now) -> fillCandidates());
        linkTarget.setOnShowing(e -> fillCandidates());
        linkRole.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Choice c) {
                return c == null ? "" : c.label();
            }

            @Override
            public Choice fromString(String text) {
                return text == null || text.isBlank() ? null : new Choice(text, text);
            }
        });
        ListChangeListener<Object> redraw = c -> redrawLists();
        detail.variants().addListener(redraw);
        detail.links().addListener(redraw);
        detail.mentions().addListener(redraw);
        subscriptions = Subscription.combine(
                detail.actor().subscribe(this::showActor),
                detail.person().subscribe(person::show),
                () -> {
                    detail.variants().removeListener(redraw);
                    detail.links().removeListener(redraw);
                    detail.mentions().removeListener(redraw);
                },
                detail.actor().flatMap(ActorItem::rowProperty).subscribe(row -> {
                    if (row != null && shownItem != null && row.id() == shownItem.id()) {
                        showName(row.actor().name());
                        form.refresh(row.actor());
                    }
                }));
    }

    private void showName(String name) {
        nameLabel.setText(name);
        RightToLeft.wrap(nameLabel);
    }

    private void showActor(ActorItem item) {
        boolean none = item == null;
        emptyLabel.setVisible(none);
        emptyLabel.setManaged(none);
        scroll.setVisible(!none);
        scroll.setManaged(!none);
        typeLabel.getParent().setVisible(!none);
        typeLabel.getParent().setManaged(!none);
        typeLabel.setText(none ? "" : messages.get("type." + item.actor().type().code()).toUpperCase(java.util.Locale.ROOT));
        showName(none ? "" : item.actor().name());
        hideProblem(variantProblem);
        hideProblem(linkProblem);
        if (none || item == shownItem) {
            shownItem = item;
            return;
        }
        shownItem = item;
        form.build(item);
        linkTarget.getItems().clear();
        linkTarget.setValue(null);
        linkTarget.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ActorItem i) {
                return i == null ? "" : i.actor().name() + "  ·  " + messages.get("type." + i.actor().type().code());
            }

            @Override
            public ActorItem fromString(String s) {
                return null;
            }
        });
        offerRoles(null);
        scroll.setVvalue(0);
        redrawLists();
    }

    private void fillCandidates() {
        if (linkTarget.getItems().isEmpty()) {
            linkTarget.getItems().setAll(detail.linkCandidates());
        }
    }

    private void offerRoles(ActorItem target) {
        Optional<LinkType> type = target == null || shownItem == null ? Optional.empty()
                : LinkRules.between(shownItem.actor().type(), target.actor().type());
        linkRole.getItems().clear();
        linkRole.setValue(null);
        linkRole.setEditable(type.map(t -> t == LinkType.AFFILIATION).orElse(false));
        type.ifPresent(t -> LinkRules.roles(t).forEach(code -> linkRole.getItems().add(new Choice(code, roleLabel(t, code, false)))));
        linkRole.setPromptText(type.map(t -> messages.get("link." + t.code())).orElse(messages.get("detail.link.role")));
    }

    private String roleLabel(LinkType type, String role, boolean inverse) {
        if (role == null) {
            return "";
        }
        return switch (type) {
            case AFFILIATION -> role;
            case PARTICIPATION -> messages.label("participation", role);
            case RELATION -> messages.label(inverse ? "relation.inverse" : "relation", role);
        };
    }

    private void redrawLists() {
        variantsBox.getChildren().setAll(detail.variants().stream().map(this::variantRow).toList());
        if (detail.variants().isEmpty()) {
            variantsBox.getChildren().add(muted(messages.get("detail.names.none")));
        }
        linksBox.getChildren().clear();
        LinkEntry.Group current = null;
        for (LinkEntry entry : detail.links()) {
            if (entry.group() != current) {
                current = entry.group();
                Label heading = new Label(messages.get(current.key()));
                heading.getStyleClass().add("link-group");
                linksBox.getChildren().add(heading);
            }
            linksBox.getChildren().add(linkRow(entry));
        }
        if (detail.links().isEmpty()) {
            linksBox.getChildren().add(muted(messages.get("detail.links.none")));
        }
        sourcesBox.getChildren().setAll(detail.mentions().stream().map(this::mentionBox).toList());
        if (detail.mentions().isEmpty()) {
            sourcesBox.getChildren().add(muted(messages.get("detail.sources.none")));
        }
    }

    private Node variantRow(NameVariant v) {
        Label text = new Label(v.text());
        RightToLeft.wrap(text);
        Label lang = new Label(v.lang() == null ? "" : v.lang());
        lang.getStyleClass().add("badge");
        // the name wraps; its language tag keeps its width
        lang.setMinWidth(Region.USE_PREF_SIZE);
        return row(text, lang, removeButton(variantProblem, () -> detail.removeVariant(v)));
    }

    private Node linkRow(LinkEntry entry) {
        long self = shownItem == null ? -1 : shownItem.id();
        Hyperlink other = new Hyperlink(entry.other().actor().name());
        RightToLeft.wrap(other);
        other.setOnAction(e -> detail.show(entry.other()));
        Label role = new Label(roleLabel(entry.link().type(), entry.link().role(), entry.inverse(self)));
        role.getStyleClass().add("muted");
        role.setMinWidth(Region.USE_PREF_SIZE);
        return row(other, role, removeButton(linkProblem, () -> detail.unlink(entry)));
    }

    private Node mentionBox(MentionEntry m) {
        Label title = new Label(m.sourceTitle());
        title.getStyleClass().add("source-title");
        RightToLeft.wrap(title);
        Label passage = new Label(m.passage());
        passage.getStyleClass().add("source-passage");
        RightToLeft.wrap(passage);
        return new VBox(2, title, passage);
    }

    private static HBox row(Node main, Node aside, Node action) {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox.setHgrow(main, Priority.SOMETIMES);
        HBox box = new HBox(8, main, aside, gap, action);
        box.getStyleClass().add("detail-row");
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    /** A button that removes a row; a refusal is said in {@code problem}, the label under that list. */
    private Button removeButton(Label problem, Supplier<Optional<Problem>> action) {
        Button remove = new Button(null, new FontIcon("mdi2c-close"));
        remove.getStyleClass().addAll("flat", "remove");
        remove.setTooltip(new javafx.scene.control.Tooltip(messages.get("action.remove")));
        remove.setOnAction(e -> show(problem, action.get()));
        return remove;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("muted");
        return label;
    }

    @FXML
    private void onAddVariant() {
        Choice lang = variantLang.getValue();
        show(variantProblem, detail.addVariant(variantText.getText(), lang == null ? "other" : (String) lang.value()));
        if (variantProblem.getText().isEmpty()) {
            variantText.clear();
        }
    }

    @FXML
    private void onAddLink() {
        Choice role = linkRole.isEditable() ? linkRole.getConverter().fromString(linkRole.getEditor().getText())
                : linkRole.getValue();
        show(linkProblem, detail.link(linkTarget.getValue(), role == null ? null : (String) role.value()));
        if (linkProblem.getText().isEmpty()) {
            linkTarget.setValue(null);
        }
    }

    private void show(Label label, Optional<Problem> problem) {
        label.setText(problem.map(messages::problem).orElse(""));
        label.setVisible(problem.isPresent());
        label.setManaged(problem.isPresent());
    }

    private static void hideProblem(Label label) {
        label.setText("");
        label.setVisible(false);
        label.setManaged(false);
    }

    /** Stops listening to the view model when the window is rebuilt. */
    public void dispose() {
        subscriptions.unsubscribe();
    }
}
