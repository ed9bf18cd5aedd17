package org.creativeatlas.ui.team;

import java.util.Optional;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.store.PasswordFile;
import org.creativeatlas.store.ServerAddress;
import org.creativeatlas.store.StoreException;

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
        Dialog<Login> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("connect.title"));
        dialog.setHeaderText(messages.get("connect.header"));
        dialog.getDialogPane().setId("connectDialog");
        TextField host = field("connectHost", last == null ? "localhost" : last.host());
        TextField port = field("connectPort", String.valueOf(last == null ? ServerAddress.DEFAULT_PORT : last.port()));
        TextField database = field("connectDatabase", last == null ? "atlas" : last.database());
        TextField user = field("connectUser", last == null ? System.getProperty("user.name") : last.user());
        PasswordField password = new PasswordField();
        password.setId("connectPassword");
        password.setPromptText(messages.get("connect.password.prompt"));
        CheckBox tls = new CheckBox(messages.get("connect.require_tls"));
        tls.setId("connectRequireTls");
        tls.setSelected(last != null && "require".equals(last.sslMode()));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("connect.host")), host, new Label(messages.get("connect.port")), port);
        grid.addRow(1, new Label(messages.get("connect.database")), database);
        grid.addRow(2, new Label(messages.get("connect.user")), user);
        grid.addRow(3, new Label(messages.get("connect.password")), password);
        grid.add(tls, 1, 4, 3, 1);
        GridPane.setColumnSpan(database, 3);
        GridPane.setColumnSpan(user, 3);
        GridPane.setColumnSpan(password, 3);
        Label problem = new Label();
        problem.setId("connectProblem");
        problem.getStyleClass().add("problem");
        grid.add(problem, 0, 5, 4, 1);
        dialog.getDialogPane().setContent(grid);
        ButtonType connect = new ButtonType(messages.get("connect.action"), ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(connect,
                new ButtonType(messages.get("action.cancel"), ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(connect).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                address(host, port, database, user, tls);
            } catch (StoreException | NumberFormatException ex) {
                problem.setText(ex instanceof NumberFormatException ? messages.get("connect.bad_port") : ex.getMessage());
                e.consume();
            }
        });
        dialog.setResultConverter(button -> {
            if (button != connect) {
                return null;
            }
            ServerAddress address = address(host, port, database, user, tls);
            char[] typed = password.getText().isEmpty() ? PasswordFile.lookup(address).orElse(null)
                    : password.getText().toCharArray();
            password.clear();
            return new Login(address, typed);
        });
        Optional<Login> login = dialog.showAndWait();
        password.clear();
        return login;
    }

    private static ServerAddress address(TextField host, TextField port, TextField database, TextField user,
                                         CheckBox tls) {
        return new ServerAddress(host.getText().strip(), Integer.parseInt(port.getText().strip()),
                database.getText().strip(), user.getText().strip(), tls.isSelected() ? "require" : "prefer");
    }

    private static TextField field(String id, String value) {
        TextField field = new TextField(value);
        field.setId(id);
        return field;
    }
}
