package org.creativeatlas.ui.team;

import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.store.PasswordFile;
import org.creativeatlas.store.ServerAddress;
import org.creativeatlas.store.StoreException;
import org.creativeatlas.ui.Reasons;
import org.creativeatlas.ui.team.ConnectDialog.Login;

/**
 * The connect dialog's form ({@code connect-dialog.fxml}): filled with the last server, checked before the dialog
 * closes, so a bad port or a missing database name is said in the dialog and nothing typed is lost.
 */
public final class ConnectController {

    private final Messages messages;
    private final ServerAddress last;
    @FXML
    private DialogPane pane;
    @FXML
    private TextField host;
    @FXML
    private TextField port;
    @FXML
    private TextField database;
    @FXML
    private TextField user;
    @FXML
    private PasswordField password;
    @FXML
    private CheckBox requireTls;
    @FXML
    private Label problem;
    @FXML
    private ButtonType connect;

    /** {@code last}: the server connected to last, or null for the usual defaults. */
    public ConnectController(Messages messages, ServerAddress last) {
        this.messages = messages;
        this.last = last;
    }

    @FXML
    private void initialize() {
        host.setText(last == null ? "localhost" : last.host());
        port.setText(String.valueOf(last == null ? ServerAddress.DEFAULT_PORT : last.port()));
        database.setText(last == null ? "atlas" : last.database());
        user.setText(last == null ? System.getProperty("user.name") : last.user());
        requireTls.setSelected(last != null && "require".equals(last.sslMode()));
        pane.lookupButton(connect).addEventFilter(ActionEvent.ACTION, e -> {
            try {
                address();
            } catch (StoreException | NumberFormatException ex) {
                problem.setText(ex instanceof NumberFormatException ? messages.get("connect.bad_port")
                        : Reasons.of(ex, messages));
                e.consume();
            }
        });
    }

    DialogPane pane() {
        return pane;
    }

    /** Where to connect if {@code button} is Connect, with the password typed or found in the standard files. */
    Login result(ButtonType button) {
        if (button != connect) {
            return null;
        }
        ServerAddress address = address();
        char[] typed = password.getText().isEmpty() ? PasswordFile.lookup(address).orElse(null)
                : password.getText().toCharArray();
        forgetPassword();
        return new Login(address, typed);
    }

    void forgetPassword() {
        password.clear();
    }

    private ServerAddress address() {
        return new ServerAddress(host.getText().strip(), Integer.parseInt(port.getText().strip()),
                database.getText().strip(), user.getText().strip(), requireTls.isSelected() ? "require" : "prefer");
    }
}
