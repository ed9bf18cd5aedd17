package org.creativeatlas.ui;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.creativeatlas.logic.FileReplacer;
import org.creativeatlas.logic.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves what a view exports: asks for the file (and for a picture, its scale), then writes it on a background
 * thread into a temporary file moved over the target only when complete, and says how it went. Messages come from
 * the view's keys: {@code <prefix>.done} and {@code <prefix>.failed}.
 */
public final class FileExport {

    private static final Logger LOG = LoggerFactory.getLogger(FileExport.class);
    private static final List<Integer> SCALES = List.of(1, 2, 3, 4);

    /** Writes the file's content to a stream. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Messages messages;
    private final Window owner;
    private final Executor worker;
    private final Consumer<String> report;
    private final String prefix;

    public FileExport(Messages messages, Window owner, Executor worker, Consumer<String> report, String prefix) {
        this.messages = messages;
        this.owner = owner;
        this.worker = worker;
        this.report = report;
        this.prefix = prefix;
    }

    /** How many times larger than on screen a picture is to be; empty if the researcher cancels. */
    public Optional<Integer> askScale(String titleKey, String headerKey) {
        ChoiceDialog<Integer> ask = new ChoiceDialog<>(2, SCALES);
        ask.initOwner(owner);
        ask.setTitle(messages.get(titleKey));
        ask.setHeaderText(messages.get(headerKey));
        return ask.showAndWait();
    }

    public Optional<Path> choose(String titleKey, String initialName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get(titleKey));
        chooser.setInitialFileName(initialName + "." + extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(Locale.ROOT),
                "*." + extension));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    public void write(Path target, Content content) {
        worker.execute(() -> {
            try {
                FileReplacer.write(target, content::writeTo);
                Platform.runLater(() -> report.accept(messages.get(prefix + ".done", target.getFileName())));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Cannot export to {}", target, e);
                String why = e instanceof IOException io ? Reasons.ofWrite(io, messages) : Reasons.of(e, messages);
                Platform.runLater(() -> report.accept(messages.get(prefix + ".failed", target.getFileName(), why)));
            }
        });
    }
}
