package org.creativeatlas.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.concurrent.Task;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.logic.SeedCatalogue;
import org.creativeatlas.logic.filter.ActorRow;
import org.creativeatlas.logic.filter.CatalogueLoader;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.store.ServerAddress;
import org.creativeatlas.ui.viewmodel.NameOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a catalogue off the UI thread and reads every row: optionally copies the current catalogue first (Save
 * As), seeds the default catalogue on first run, and prepares the name sort keys so the first sort is instant.
 * Cancelling stops it between batches of rows once the file is open, never inside opening itself, so a migration
 * (one transaction per script) always finishes or rolls back as a whole.
 */
final class OpenCatalogueTask extends Task<OpenCatalogueTask.Loaded> {

    /** An open catalogue with its rows, ready for the window. */
    record Loaded(Catalogue catalogue, Map<ActorType, List<ActorRow>> rows, NameOrder names) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(OpenCatalogueTask.class);

    private final Path file;
    private final ServerAddress server;
    private final char[] password;
    private final boolean seed;
    private final Catalogue copyFrom;
    private final Messages messages;
    private final AtomicReference<Catalogue> opened = new AtomicReference<>();

    OpenCatalogueTask(Path file, boolean seed, Catalogue copyFrom, Messages messages) {
        this.file = file;
        this.server = null;
        this.password = null;
        this.seed = seed;
        this.copyFrom = copyFrom;
        this.messages = messages;
    }

    /** Connects to a team catalogue; the password is wiped once connected (the session keeps its own copy). */
    OpenCatalogueTask(ServerAddress server, char[] password, Messages messages) {
        this.file = null;
        this.server = server;
        this.password = password;
        this.seed = false;
        this.copyFrom = null;
        this.messages = messages;
    }

    /** What is being opened, as the user named it: a file's path or a server's address. */
    String location() {
        return server != null ? server.toString() : file.toString();
    }

    private String name() {
        return server != null ? server.displayName() : file.getFileName().toString();
    }

    @Override
    protected Loaded call() {
        long started = System.nanoTime();
        if (copyFrom != null) {
            updateMessage(messages.get("busy.copying", file.getFileName()));
            copyFrom.db().copyTo(file);
        }
        updateMessage(messages.get(seed ? "busy.opening_default" : "busy.opening", name()));
        updateProgress(-1, 1);
        Catalogue catalogue = server != null ? connect() : seed ? SeedCatalogue.openDefault(file) : Catalogue.open(file);
        opened.set(catalogue);
        try {
            stopIfCancelled();
            updateMessage(messages.get("busy.loading"));
            updateProgress(1, 4);
            Map<ActorType, List<ActorRow>> rows = CatalogueLoader.load(catalogue, this::isCancelled);
            updateProgress(2, 4);
            updateMessage(messages.get("busy.sorting"));
            NameOrder names = new NameOrder();
            names.prepare(rows.values().stream().flatMap(List::stream).map(r -> r.actor().name()).toList());
            updateProgress(4, 4);
            stopIfCancelled();
            LOG.info("Opened {} with {} actors in {} ms", location(), rows.values().stream().mapToInt(List::size).sum(),
                    (System.nanoTime() - started) / 1_000_000);
            return new Loaded(catalogue, rows, names);
        } catch (RuntimeException e) {
            discard();
            throw e;
        }
    }

    private void stopIfCancelled() {
        if (isCancelled()) {
            throw new CancellationException("Opening " + location() + " was cancelled");
        }
    }

    private Catalogue connect() {
        try {
            return Catalogue.connect(server, password);
        } finally {
            if (password != null) {
                java.util.Arrays.fill(password, '\0');
            }
        }
    }

    /**
     * Closes the catalogue this task opened, if any. For a cancelled task, run it on the task's own thread after the
     * task: a cancel that lands after the last check makes the task drop its result, catalogue still open.
     */
    void discard() {
        Catalogue catalogue = opened.getAndSet(null);
        if (catalogue != null) {
            catalogue.close();
        }
    }
}
