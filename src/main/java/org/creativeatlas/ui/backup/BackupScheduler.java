package org.creativeatlas.ui.backup;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.logic.backup.BackupService;
import org.creativeatlas.ui.Reasons;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backs the open catalogue up on its own thread: once when it is opened, then every {@value #MINUTES} minutes if
 * it was edited since. A failure is logged and shown in the status bar once, not again each time until a backup
 * works again: a full disk should not bury the researcher in messages.
 */
public final class BackupScheduler implements AutoCloseable {

    static final long MINUTES = 10;
    private static final Logger LOG = LoggerFactory.getLogger(BackupScheduler.class);

    private final BackupService service;
    private final ObservableValue<Number> revision;
    private final StringProperty status;
    /** The window's language may change while the catalogue is open. */
    private final Supplier<Messages> messages;
    private final AtomicBoolean edited = new AtomicBoolean();
    private final AtomicBoolean failing = new AtomicBoolean();
    private final ChangeListener<Number> onEdit = (obs, old, now) -> edited.set(true);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "catalogue-backup");
        t.setDaemon(true);
        return t;
    });

    /** {@code revision} goes up with every edit; {@code status} is the status bar's message. */
    public BackupScheduler(BackupService service, ObservableValue<Number> revision, StringProperty status,
                           Supplier<Messages> messages) {
        this.service = service;
        this.revision = revision;
        this.status = status;
        this.messages = messages;
    }

    public void start() {
        revision.addListener(onEdit);
        timer.execute(this::backUp);
        timer.scheduleWithFixedDelay(() -> {
            if (edited.getAndSet(false)) {
                backUp();
            }
        }, MINUTES, MINUTES, TimeUnit.MINUTES);
    }

    private void backUp() {
        try {
            service.backup();
            failing.set(false);
        } catch (RuntimeException e) {
            // caught whatever it is: an exception would silently end the schedule
            if (!failing.getAndSet(true)) {
                LOG.warn("Automatic backup failed: {}", e.getMessage(), e);
                Platform.runLater(() -> status.set(messages.get().get("backup.failed", Reasons.of(e, messages.get()))));
            }
        }
    }

    /** Stops the schedule; a backup under way finishes (it runs under the catalogue's lock). */
    @Override
    public void close() {
        revision.removeListener(onEdit);
        timer.shutdown();
    }
}
