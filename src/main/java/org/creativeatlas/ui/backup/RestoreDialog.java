package org.creativeatlas.ui.backup;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.logic.backup.BackupInfo;
import org.creativeatlas.logic.backup.BackupService;
import org.creativeatlas.ui.Background;
import org.creativeatlas.ui.Dialogs;
import org.creativeatlas.ui.Reasons;
import org.creativeatlas.ui.table.HeaderWidths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File ▸ Restore backup…: the catalogue's backups newest first with their date and counts, read in the
 * background; the chosen one is restored after a confirmation (the logic backs the current state up first), and
 * {@code restored} then reloads the window.
 */
public final class RestoreDialog {

    private static final Logger LOG = LoggerFactory.getLogger(RestoreDialog.class);

    private final BackupService service;
    private final Messages messages;
    private final Executor worker;
    private final DateTimeFormatter dates;

    public RestoreDialog(BackupService service, Messages messages, Executor worker) {
        this.service = service;
        this.messages = messages;
        this.worker = worker;
        this.dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(messages.bundle().getLocale());
    }

    public void show(Window owner, Runnable restored) {
        TableView<BackupInfo> table = table();
        Dialog<BackupInfo> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("restore.title"));
        dialog.setHeaderText(messages.get("restore.header", service.folder()));
        ButtonType restore = new ButtonType(messages.get("restore.action"), ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(restore,
                new ButtonType(messages.get("action.cancel"), ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setContent(table);
        dialog.getDialogPane().setId("restoreDialog");
        Button ok = (Button) dialog.getDialogPane().lookupButton(restore);
        ok.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(b -> b == restore ? table.getSelectionModel().getSelectedItem() : null);
        load(table);
        dialog.showAndWait().ifPresent(backup -> confirmAndRestore(owner, backup, restored));
    }

    private TableView<BackupInfo> table() {
        TableView<BackupInfo> table = new TableView<>();
        table.setId("backupList");
        table.setPrefSize(560, 320);
        table.setPlaceholder(new Label(messages.get("restore.reading")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("restore.date", 220, b -> dates.format(b.takenAt())),
                column("restore.actors", 100, b -> count(b.actors())),
                column("restore.links", 100, b -> count(b.links())),
                column("restore.sources", 100, b -> count(b.sources()))));
        // the counts' headers are longer in Kazakh («Байланыстар», «Дереккөздер») than their columns
        HeaderWidths.keep(table);
        return table;
    }

    private TableColumn<BackupInfo, String> column(String key, double width, Function<BackupInfo, String> value) {
        TableColumn<BackupInfo, String> column = new TableColumn<>(messages.get(key));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    private String count(long n) {
        return n < 0 ? messages.get("restore.unreadable") : String.valueOf(n);
    }

    private void load(TableView<BackupInfo> table) {
        Task<List<BackupInfo>> task = Background.task(service::list);
        task.setOnSucceeded(e -> {
            table.getItems().setAll(task.getValue().stream().filter(BackupInfo::readable).toList());
            table.setPlaceholder(new Label(messages.get("restore.none")));
        });
        task.setOnFailed(e -> {
            LOG.warn("Cannot list backups: {}", task.getException().getMessage());
            table.setPlaceholder(new Label(Reasons.of(task.getException(), messages)));
        });
        worker.execute(task);
    }

    private void confirmAndRestore(Window owner, BackupInfo backup, Runnable restored) {
        Dialogs dialogs = new Dialogs(messages, owner);
        if (!dialogs.confirm(messages.get("restore.confirm", dates.format(backup.takenAt())),
                messages.get("restore.confirm.text", backup.actors(), backup.links()),
                messages.get("restore.action"))) {
            return;
        }
        Task<BackupInfo> task = Background.task(() -> service.restore(backup.file()));
        task.setOnSucceeded(e -> restored.run());
        task.setOnFailed(e -> {
            LOG.warn("Cannot restore {}: {}", backup.file(), task.getException().getMessage());
            dialogs.error(messages.get("restore.failed"), Reasons.of(task.getException(), messages));
        });
        worker.execute(task);
    }
}
