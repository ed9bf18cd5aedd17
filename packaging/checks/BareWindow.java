import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * The yardstick for the app's start-up: a bare JavaFX window holding an empty table, packaged with the same runtime
 * and started by the same kind of launcher as the app (see measure-startup.sh).
 */
public final class BareWindow extends Application {

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        TableView<String> table = new TableView<>();
        table.getColumns().add(new TableColumn<>("Name"));
        stage.setScene(new Scene(table, 1100, 700));
        stage.setTitle("Bare window");
        stage.show();
    }
}
