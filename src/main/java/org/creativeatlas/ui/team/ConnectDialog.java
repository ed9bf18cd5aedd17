package org.creativeatlas.ui.team;

import java.util.Optional;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.store.ServerAddress;
import org.creativeatlas.ui.ChildWindow;

/**
 * File ▸ Connect to a team catalogue…: server, port, database, user, and a password that is only kept in memory.
 * Left empty, the password comes from PGPASSWORD or ~/.pgpass, as for every PostgreSQL tool.
 */
public final class ConnectDialog {

    /** Where to connect, and the password typed (null: none typed, the standard files are asked). */
    public record Login(ServerAddress address, char[] password) {
    }

    private final Messages messages;

    public ConnectDialog(Messages messages) {
        this.messages = messages;
    }

    public Optional<Login> show(Window owner, ServerAddress last) {
        ConnectController form = new ConnectController(messages, last);
        ChildWindow.load("/org/creativeatlas/ui/connect-dialog.fxml", messages, form);
        Dialog<Login> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("connect.title"));
        dialog.setDialogPane(form.pane());
        form.pane().getStylesheets().addAll(owner.getScene().getStylesheets());
        dialog.setResultConverter(form::result);
        Optional<Login> login = dialog.showAndWait();
        form.forgetPassword();
        return login;
    }
}
