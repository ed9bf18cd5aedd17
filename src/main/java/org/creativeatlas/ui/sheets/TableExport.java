package org.creativeatlas.ui.sheets;

import java.io.File;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.logic.sheets.ActorSheet;
import org.creativeatlas.logic.sheets.SheetExport;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.ui.Background;
import org.creativeatlas.ui.Dialogs;
import org.creativeatlas.ui.Reasons;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File ▸ Export table…: the rows a table shows (filtered, in its order) with its visible columns in their order,
 * to CSV or XLSX, with headers and values in the window's language, written in the background.
 */
public final class TableExport {

    private static final Logger LOG = LoggerFactory.getLogger(TableExport.class);

    private final Catalogue catalogue;
    private final Messages messages;
    private final Executor worker;
    private final StringProperty status;

    public TableExport(Catalogue catalogue, Messages messages, Executor worker, StringProperty status) {
        this.catalogue = catalogue;
        this.messages = messages;
        this.worker = worker;
        this.status = status;
    }

    public void start(Window owner, ActorType type, List<Actor> rows, List<ActorField> columns) {
        String name = messages.get("types." + type.code());
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("export.title"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV", "*.csv"),
                new FileChooser.ExtensionFilter("Excel (XLSX)", "*.xlsx"));
        chooser.setInitialFileName(name + ".csv");
        File chosen = chooser.showSaveDialog(owner);
        if (chosen != null) {
            write(owner, withExtension(chosen.toPath(), chooser.getSelectedExtensionFilter()), name, rows, columns);
        }
    }

    private void write(Window owner, Path file, String sheetName, List<Actor> rows, List<ActorField> columns) {
        Task<Integer> task = Background.task(() -> {
            SheetExport.write(ActorSheet.of(rows, columns, messages, operatorNames()), sheetName, file);
            return rows.size();
        });
        task.setOnSucceeded(e -> status.set(messages.get("export.done", task.getValue(), file.getFileName())));
        task.setOnFailed(e -> {
            LOG.warn("Cannot export to {}", file, task.getException());
            new Dialogs(messages, owner).error(messages.get("export.failed"), Reasons.of(task.getException(), messages));
        });
        status.set(messages.get("export.working", file.getFileName()));
        worker.execute(task);
    }

    /** A platform's operator is written by name. */
    private Map<Long, String> operatorNames() {
        Map<Long, String> out = new HashMap<>();
        catalogue.actors().ofType(ActorType.ORGANISATION).forEach(o -> out.put(o.id(), o.name()));
        return out;
    }

    private static Path withExtension(Path file, FileChooser.ExtensionFilter filter) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv") || lower.endsWith(".xlsx")) {
            return file;
        }
        boolean xlsx = filter != null && filter.getExtensions().contains("*.xlsx");
        return file.resolveSibling(file.getFileName() + (xlsx ? ".xlsx" : ".csv"));
    }
}
