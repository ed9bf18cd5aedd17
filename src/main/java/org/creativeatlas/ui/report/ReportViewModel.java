package org.creativeatlas.ui.report;

import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.util.Duration;
import org.creativeatlas.logic.filter.ActorFilter;
import org.creativeatlas.logic.report.Methodology;
import org.creativeatlas.logic.report.ReportDocument;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.ui.UiLanguage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The report window's state and commands: the options form, the preview, the layout in the background (a change
 * of options lays the report out again after a short pause, cancelling a layout still running) and Save and Print.
 * Close it with the window.
 */
public final class ReportViewModel implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReportViewModel.class);
    /** Typing a title lays the report out once, after the typing. */
    private static final Duration PAUSE = Duration.millis(400);

    private final Catalogue catalogue;
    private final UiLanguage language;
    private final ReportForm form;
    private final Workers workers = new Workers();
    private final PreviewModel preview = new PreviewModel(new PageImages(workers.pages));
    private final ReportOutput output;
    private final PauseTransition pause = new PauseTransition(PAUSE);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", -1);
    private final StringProperty stage = new SimpleStringProperty(this, "stage", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final ObjectProperty<Notice> problem = new SimpleObjectProperty<>(this, "problem");
    private LayoutTask running;

    /** Reads the methodology note on this thread: one setting, before anything else uses the catalogue. */
    public ReportViewModel(Catalogue catalogue, ActorFilter filter, UiLanguage language) {
        this.catalogue = catalogue;
        this.language = language;
        this.form = new ReportForm(filter, language, Methodology.of(catalogue, language.code()));
        this.output = new ReportOutput(workers.output, language.messages(), status::set, problem::set);
        pause.setOnFinished(e -> layOut());
        InvalidationListener changed = obs -> pause.playFromStart();
        for (var input : form.inputs()) {
            input.addListener(changed);
        }
    }

    /** Lays the report out now, cancelling a layout still running. */
    public void layOut() {
        pause.stop();
        cancel();
        storeEditedNote();
        LayoutTask task = new LayoutTask(catalogue, form.options());
        running = task;
        busy.set(true);
        progress.bind(task.progressProperty());
        stage.bind(task.messageProperty());
        task.setOnSucceeded(e -> {
            if (finished(task) && task.getValue() != null) {
                ReportDocument replaced = preview.show(task.getValue());
                if (replaced != null) {
                    workers.retire(replaced);
                }
                status.set(language.messages().get("report_window.pages", task.getValue().pageCount()));
            } else if (task.getValue() != null) {
                task.getValue().document().close();
            }
        });
        task.setOnFailed(e -> {
            if (finished(task)) {
                LOG.error("The report could not be laid out", task.getException());
                problem.set(new Notice(language.messages().get("report_window.failed"),
                        language.messages().get("error.unexpected")));
            }
        });
        workers.layout.execute(task);
    }

    /**
     * Stores a note edited since the last layout, on the layout thread before the next layout (which prints it),
     * as a job of its own: a layout cancelled before it starts must not take the note with it.
     */
    private void storeEditedNote() {
        String note = form.takeNoteToStore();
        if (note != null) {
            workers.layout.execute(() -> {
                try {
                    Methodology.save(catalogue, note);
                } catch (RuntimeException e) {
                    LOG.error("The methodology note could not be stored", e);
                }
            });
        }
    }

    /** Stops the layout under way; the preview keeps the report laid out before. */
    public void cancel() {
        if (running != null) {
            LayoutTask task = running;
            finished(task);
            task.cancel(false);
        }
    }

    /** Whether {@code task} was the current layout; it no longer is. */
    private boolean finished(LayoutTask task) {
        if (task != running) {
            return false;
        }
        running = null;
        progress.unbind();
        stage.unbind();
        busy.set(false);
        return true;
    }

    public void save(Path target) {
        output.save(preview.document(), target);
    }

    public void print() {
        output.print(preview.document());
    }

    /** Save and Print need a laid-out report and no other output under way. */
    public BooleanBinding outputDisabled() {
        return Bindings.createBooleanBinding(() -> preview.pageCount().get() == 0 || busy.get()
                || output.working().get(), preview.pageCount(), busy, output.working());
    }

    public ReportForm form() {
        return form;
    }

    public PreviewModel preview() {
        return preview;
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    /** The layout's progress from 0 to 1 (-1 before it is known). */
    public ReadOnlyDoubleProperty progress() {
        return progress;
    }

    /** The section being laid out, in the report's language. */
    public ReadOnlyStringProperty stage() {
        return stage;
    }

    public StringProperty status() {
        return status;
    }

    /** A problem to show the person; set back to null once shown. */
    public ObjectProperty<Notice> problem() {
        return problem;
    }

    /** Stops the layout, stores a note edited since the last layout and lets the threads end. */
    @Override
    public void close() {
        pause.stop();
        cancel();
        storeEditedNote();
        workers.shutdown(preview.document());
    }
}
