package org.creativeatlas.ui.sheets;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.logic.backup.BackupService;
import org.creativeatlas.logic.sheets.BadRows;
import org.creativeatlas.logic.sheets.ColumnMapping;
import org.creativeatlas.logic.sheets.ColumnValues;
import org.creativeatlas.logic.sheets.HeaderGuess;
import org.creativeatlas.logic.sheets.LinkColumns;
import org.creativeatlas.logic.sheets.LinkSheetImport;
import org.creativeatlas.logic.sheets.MappingMemory;
import org.creativeatlas.logic.sheets.ProblemSummary;
import org.creativeatlas.logic.sheets.SheetException;
import org.creativeatlas.logic.sheets.SheetFiles;
import org.creativeatlas.logic.sheets.SheetImport;
import org.creativeatlas.logic.sheets.SheetImportResult;
import org.creativeatlas.logic.sheets.SheetTable;
import org.creativeatlas.model.IdRange;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.ui.Background;
import org.creativeatlas.ui.Background.Tracked;
import org.creativeatlas.ui.Reasons;
import org.creativeatlas.ui.table.FieldFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The spreadsheet import wizard's state: the file read, what it holds, each column's target (guessed from the
 * headers, or as chosen last time for the same headers), the problems of every row found before anything is
 * written, the texts of code-list columns with what each reads as (the researcher may choose another reading, which
 * counts the problems again), and the import itself, with its progress and Cancel. Reading, checking and importing
 * run off the UI thread.
 */
public final class SheetImportViewModel {

    public enum Step { SOURCE, CHECK, DONE }

    /**
     * Above this many rows the window reloads the whole catalogue rather than row by row, and the import is taken
     * back by restoring the backup made just before it rather than by undo.
     */
    static final int ROW_RELOAD_LIMIT = 5_000;
    private static final Logger LOG = LoggerFactory.getLogger(SheetImportViewModel.class);

    private record Loaded(Path file, SheetTable table, Optional<MappingMemory.Saved> saved) {
    }

    private record Checked(ProblemSummary problems, List<ColumnValues.Column> values) {
    }

    private record Imported(SheetImportResult result, Set<Long> touched) {
    }

    /** How the window shows a finished import. */
    public interface Shown {
        /** Shows the actors touched row by row and makes the import one undo step (a small import). */
        void rows(SheetImportResult result, Set<Long> touched);

        /** Reloads the whole catalogue (a large import, which a backup made just before can take back). */
        void reopen();
    }

    private final Catalogue catalogue;
    private final MappingMemory memory;
    private final ValueRows valueRows;
    private final Messages messages;
    private final Executor worker;
    private final Shown shown;
    private final BackupService backups;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final ObjectProperty<SheetKind> kind = new SimpleObjectProperty<>(this, "kind", SheetKind.of("organisation"));
    private final ObjectProperty<SheetTable> table = new SimpleObjectProperty<>(this, "table");
    private final ObservableList<ColumnChoice> columns = FXCollections.observableArrayList();
    private final ObjectProperty<ProblemSummary> problems = new SimpleObjectProperty<>(this, "problems");
    private final ObservableList<ValueRow> values = FXCollections.observableArrayList();
    private final StringProperty valuesNote = new SimpleStringProperty(this, "valuesNote", "");
    /** The codes chosen by hand: column, cell text, code. A column's choices go when its target changes. */
    private final Map<Integer, Map<String, String>> chosen = new HashMap<>();
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(this, "step", Step.SOURCE);
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final BooleanProperty importing = new SimpleBooleanProperty(this, "importing");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", -1);
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final CancelSwitch cancel = new CancelSwitch();
    /** Tasks under way: the wizard is busy while any is. */
    private int running;
    /** Checks asked for: only the latest one's problems are shown. */
    private int checks;

    public SheetImportViewModel(Catalogue catalogue, MappingMemory memory, FieldFormat format, Executor worker,
                                Shown shown) {
        this.catalogue = catalogue;
        this.memory = memory;
        this.valueRows = new ValueRows(format);
        this.messages = format.messages();
        this.worker = worker;
        this.shown = shown;
        this.backups = new BackupService(catalogue);
        kind.addListener((obs, old, now) -> guess());
    }

    /** Reads a spreadsheet and maps its columns as remembered for its headers, or as its headers suggest. */
    public void load(Path path) {
        run(report -> {
            SheetTable read = SheetFiles.read(path);
            return new Loaded(path, read, memory.recall(read.headers()));
        }, loaded -> {
            file.set(loaded.file());
            table.set(loaded.table());
            loaded.saved().ifPresentOrElse(saved -> {
                kind.set(SheetKind.of(saved.type()));
                apply(saved.targets(), saved.values());
            }, this::guess);
            status.set(messages.get("sheet.read", loaded.table().size()));
        });
    }

    private void guess() {
        SheetTable t = table.get();
        if (t == null) {
            return;
        }
        apply(kind.get().links() ? HeaderGuess.links(t.headers()).codes(t.headers().size())
                : HeaderGuess.actors(kind.get().type(), t.headers()).codes(), Map.of());
    }

    private void apply(List<String> targets, Map<Integer, Map<String, String>> values) {
        List<String> headers = table.get().headers();
        List<String> allowed = kind.get().targets();
        columns.setAll(IntStream.range(0, headers.size()).mapToObj(i -> new ColumnChoice(
                headers.get(i), i < targets.size() && allowed.contains(targets.get(i)) ? targets.get(i) : null))
                .toList());
        chosen.clear();
        values.forEach((column, texts) -> chosen.put(column, new HashMap<>(texts)));
        for (int i = 0; i < columns.size(); i++) {
            int column = i;
            // what a text means depends on the field it fills
            columns.get(i).target().addListener((obs, old, now) -> chosen.remove(column));
        }
    }

    private List<String> targets() {
        return columns.stream().map(c -> c.target().get()).toList();
    }

    /** Whether the mapping names what an import needs: a name, or a person and an organisation. */
    public boolean complete() {
        List<String> targets = targets();
        return table.get() != null && (kind.get().links() ? LinkColumns.of(targets).complete()
                : targets.contains("name"));
    }

    /** The actor mapping as the columns' targets and the values chosen by hand say. */
    private ColumnMapping mapping(SheetKind k, List<String> targets) {
        return new ColumnMapping(k.type(), ColumnMapping.of(k.type(), targets).fields(), chosen);
    }

    /** Finds every row's problems (and how coded values read) without writing anything. */
    public void check() {
        SheetTable t = table.get();
        SheetKind k = kind.get();
        List<String> targets = targets();
        ColumnMapping mapping = k.links() ? null : mapping(k, targets);
        int asked = ++checks;
        run(report -> k.links() ? new Checked(LinkSheetImport.preview(t, LinkColumns.of(targets)), List.of())
                : new Checked(SheetImport.preview(t, mapping).summary(),
                        ColumnValues.of(t, mapping, ValueRows.PER_COLUMN)), checked -> {
            if (asked == checks) {
                problems.set(checked.problems());
                showValues(k, checked.values());
                status.set("");
                step.set(Step.CHECK);
            }
        });
    }

    private void showValues(SheetKind k, List<ColumnValues.Column> read) {
        List<ValueRow> rows = valueRows.rows(k.type(), read, chosen);
        rows.forEach(row -> row.chosen().addListener((obs, old, now) -> choose(row, now)));
        values.setAll(rows);
        valuesNote.set(valueRows.note(read));
    }

    /** Reads a text of a column as {@code code} from now on (null: as the rules read it), and counts problems again. */
    private void choose(ValueRow row, String code) {
        Map<String, String> texts = chosen.computeIfAbsent(row.column(), c -> new HashMap<>());
        if (code == null) {
            texts.remove(row.text());
            chosen.values().removeIf(Map::isEmpty);
        } else {
            texts.put(row.text(), code);
        }
        SheetTable t = table.get();
        ColumnMapping mapping = mapping(kind.get(), targets());
        int asked = ++checks;
        run(report -> SheetImport.preview(t, mapping).summary(), summary -> {
            if (asked == checks) {
                problems.set(summary);
                status.set("");
            }
        });
    }

    /**
     * Stores the good rows in one transaction, remembers the mapping with the values chosen, and shows the result in
     * the window; the progress fills as rows are stored.
     */
    public void importRows() {
        SheetTable t = table.get();
        SheetKind k = kind.get();
        List<String> targets = targets();
        ColumnMapping mapping = k.links() ? null : mapping(k, targets);
        MappingMemory.Saved saved = new MappingMemory.Saved(k.code(), targets, k.links() ? Map.of() : mapping.choices());
        boolean large = t.size() > ROW_RELOAD_LIMIT;
        Task<Imported> task = run(report -> {
            if (large) {
                // undoing thousands of rows would hold up the window: a copy from just before can take them back
                backups.backup();
            }
            SheetImportResult result = cancel.run(() -> k.links()
                    ? LinkSheetImport.run(catalogue, t, LinkColumns.of(targets), BadRows.SKIP)
                    : SheetImport.run(catalogue, t, mapping, BadRows.SKIP, report));
            memory.remember(t.headers(), saved);
            IdRange actors = result.newActors();
            Set<Long> touched = actors.isEmpty() ? new HashSet<>()
                    : LongStream.rangeClosed(actors.first(), actors.last()).boxed().collect(Collectors.toSet());
            if (!result.newLinks().isEmpty()) {
                catalogue.links().inRange(result.newLinks())
                        .forEach(l -> touched.addAll(List.of(l.fromId(), l.toId())));
            }
            return new Imported(result, touched);
        }, imported -> {
            SheetImportResult r = imported.result();
            String done = k.links() ? messages.get("sheet.done.links", r.imported(), r.actorsCreated(),
                    r.actorsMatched(), r.skipped()) : messages.get("sheet.done", r.imported(), r.skipped());
            // the rows first: whoever sees the done message may look for them in the tables at once
            if (large) {
                shown.reopen();
            } else {
                shown.rows(r, imported.touched());
            }
            status.set(large ? done + " " + messages.get("sheet.done.backup") : done);
            step.set(Step.DONE);
        });
        importing.bind(task.runningProperty());
    }

    /** Stops the import under way, which then stores nothing. */
    public void cancelImport() {
        cancel.cancel();
    }

    private <T> Task<T> run(Tracked<T> work, Consumer<T> done) {
        Task<T> task = Background.tracked(work);
        busy.set(++running > 0);
        progress.bind(task.progressProperty());
        status.set(messages.get("sheet.working"));
        task.setOnSucceeded(e -> {
            busy.set(--running > 0);
            done.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            busy.set(--running > 0);
            Throwable error = task.getException();
            Optional<String> why = Reasons.known(error, messages);
            if (error instanceof CancellationException) {
                LOG.info("Spreadsheet import cancelled");
                status.set(messages.get("sheet.cancelled"));
            } else if (why.isPresent() || error instanceof SheetException) {
                // a refused sheet, or a store that failed for a known reason (a full disk): said, not logged twice
                LOG.warn("Spreadsheet import: {}", error.getMessage());
                status.set(why.orElse(error.getMessage()));
            } else {
                LOG.error("Spreadsheet import failed", error);
                status.set(messages.get("error.unexpected"));
            }
        });
        worker.execute(task);
        return task;
    }

    public void back() {
        step.set(Step.SOURCE);
    }

    public ObjectProperty<Path> file() {
        return file;
    }

    public ObjectProperty<SheetKind> kind() {
        return kind;
    }

    public ObjectProperty<SheetTable> table() {
        return table;
    }

    public ObservableList<ColumnChoice> columns() {
        return columns;
    }

    public ObjectProperty<ProblemSummary> problems() {
        return problems;
    }

    public ObservableList<ValueRow> values() {
        return values;
    }

    /** Which code-list columns have more texts than the value table lists; empty when none has. */
    public StringProperty valuesNote() {
        return valuesNote;
    }

    public ObjectProperty<Step> step() {
        return step;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public BooleanProperty importing() {
        return importing;
    }

    /** How much of the work under way is done, 0 to 1; negative while that is not known. */
    public DoubleProperty progress() {
        return progress;
    }

    public StringProperty status() {
        return status;
    }
}
