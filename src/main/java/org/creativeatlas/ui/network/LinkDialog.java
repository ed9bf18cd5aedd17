package org.creativeatlas.ui.network;

import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.logic.edit.LinkRules;
import org.creativeatlas.model.LinkType;
import org.creativeatlas.ui.table.FieldFormat.Choice;

/**
 * Asks for the role of a new link between two actors: free text for an affiliation ("Director"), one of the
 * participation roles or relation kinds otherwise. The link type itself follows from the two actors' types.
 */
final class LinkDialog {

    private final Messages messages;
    private final Window owner;

    LinkDialog(Messages messages, Window owner) {
        this.messages = messages;
        this.owner = owner;
    }

    /** The role chosen (blank for none), or empty if the researcher cancelled. */
    Optional<String> ask(String from, String to, LinkType type) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("network.link.title"));
        dialog.setHeaderText(messages.get("network.link.header", from, to));
        ButtonType link = new ButtonType(messages.get("action.link"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(link, ButtonType.CANCEL);
        Label kind = new Label(messages.get("link." + type.code()));
        kind.getStyleClass().add("section-title");
        Control input;
        if (type == LinkType.AFFILIATION) {
            TextField role = new TextField();
            role.setId("linkRoleField");
            role.setPromptText(messages.get("network.link.role"));
            input = role;
            dialog.setResultConverter(b -> b == link ? role.getText() : null);
        } else {
            ComboBox<Choice> role = new ComboBox<>();
            role.setId("linkRoleChoice");
            String list = type == LinkType.PARTICIPATION ? "participation" : "relation";
            LinkRules.roles(type).forEach(code -> role.getItems().add(new Choice(code, messages.label(list, code))));
            role.getSelectionModel().selectFirst();
            input = role;
            dialog.setResultConverter(b -> b == link && role.getValue() != null ? (String) role.getValue().value() : null);
        }
        input.setMaxWidth(Double.MAX_VALUE);
        dialog.getDialogPane().setContent(new VBox(8, kind, input));
        dialog.setOnShown(e -> input.requestFocus());
        return dialog.showAndWait();
    }
}
