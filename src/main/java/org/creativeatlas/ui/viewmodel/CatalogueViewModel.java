package org.creativeatlas.ui.viewmodel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.util.Subscription;
import org.creativeatlas.logic.ValidationException;
import org.creativeatlas.logic.edit.CatalogueEditor;
import org.creativeatlas.logic.edit.EditConflict;
import org.creativeatlas.model.Actor;
import org.creativeatlas.logic.imports.AcceptSummary;
import org.creativeatlas.logic.sheets.SheetImportResult;
import org.creativeatlas.logic.edit.FieldInput;
import org.creativeatlas.logic.filter.ActorFilter;
import org.creativeatlas.logic.filter.ActorRow;
import org.creativeatlas.logic.filter.CatalogueLoader;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Problem;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.store.ChangeFeed;
import org.creativeatlas.store.StoreException;

/**
 * The open catalogue as the window sees it: a table model per actor type, the selected actor, undo and redo, the
 * counts and the last message. Every change goes through the {@link CatalogueEditor}; its listener refreshes just
 * the rows it touched.
 */
public final class CatalogueViewModel implements AutoCloseable {

    /** How long an edit on the screen's thread waits for another writer before it is refused: the window must not hang. */
    static final Duration EDIT_WAIT = Duration.ofSeconds(2);
    private final Catalogue catalogue;
    private final CatalogueEditor editor;
    private final NameOrder names;
    private final Map<ActorType, ActorTableModel> tables = new EnumMap<>(ActorType.class);
    private final Map<Long, ActorItem> byId = new HashMap<>();
    private final ObjectProperty<ActorItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<List<ActorItem>> selectedGroup = new ReadOnlyObjectWrapper<>(this,
            "selectedGroup", List.of());
    private final ObjectProperty<Refusal> refusal = new SimpleObjectProperty<>(this, "refusal");
    private final BooleanProperty canUndo = new SimpleBooleanProperty(this, "canUndo");
    private final BooleanProperty canRedo = new SimpleBooleanProperty(this, "canRedo");
    private final LongProperty actorCount = new SimpleLongProperty(this, "actorCount");
    private final LongProperty linkCount = new SimpleLongProperty(this, "linkCount");
    private final LongProperty revision = new SimpleLongProperty(this, "revision");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final ObjectProperty<Conflict> conflict = new SimpleObjectProperty<>(this, "conflict");
    private final ObjectProperty<Problem> notice = new SimpleObjectProperty<>(this, "notice");
    private final List<Consumer<ChangeFeed.Changes>> colleagueListeners = new ArrayList<>();
    /** The row of each actor being edited as it was shown when the edit began: what the edit is checked against. */
    private final Map<Long, Actor> editing = new HashMap<>();
    /** Actors colleagues changed while the researcher was editing them: shown once the edit ends. */
    private final Set<Long> held = new HashSet<>();
    private final boolean readOnly;
    /** True while colleagues' changes are shown: they neither move the selection nor pin rows. */
    private boolean remote;

    /**
     * An edit a colleague overtook: {@code mine} is the row as this window showed it with the edit, {@code theirs}
     * (inside the exception) the row as stored now. The window asks which to keep, field by field.
     */
    public record Conflict(Actor mine, EditConflict edit) {
    }

    /** A refused edit of one field of one actor, so the cell that holds it can show the problem. */
    public record Refusal(long actorId, ActorField field, Problem problem) {
    }

    public CatalogueViewModel(Catalogue catalogue, Map<ActorType, List<ActorRow>> rows, NameOrder names,
                              ObservableValue<ActorFilter> filter) {
        this.catalogue = catalogue;
        this.names = names;
        this.editor = new CatalogueEditor(catalogue);
        // before the tables follow the filter: a table that lost the selected row must not pass on another one
        filter.addListener((obs, old, now) -> {
            if (selected.get() != null && !now.test(selected.get().row())) {
                selected.set(null);
            }
        });
        for (ActorType type : ActorType.values()) {
            List<ActorItem> items = rows.getOrDefault(type, List.of()).stream().map(r -> new ActorItem(r, names)).toList();
            items.forEach(i -> byId.put(i.id(), i));
            tables.put(type, new ActorTableModel(type, items, filter));
        }
        editor.addListener(this::refresh);
        readOnly = catalogue.readOnly();
        updateCounts();
    }

    /** Whether this window may only read the catalogue (a reader's role on a team catalogue). */
    public boolean readOnly() {
        return readOnly;
    }

    /** The conflict waiting for the researcher's choice, or null. */
    public ObjectProperty<Conflict> conflict() {
        return conflict;
    }

    /**
     * Stores the row chosen after a conflict (or, with {@code chosen} null, keeps the colleague's); a choice
     * overtaken again is a new conflict.
     */
    public Optional<Problem> resolve(Conflict open, Actor chosen) {
        conflict.set(null);
        if (chosen == null) {
            refresh(Set.of(open.mine().id()));
            return Optional.empty();
        }
        try {
            return attempt(() -> editor.resolve(open.edit(), chosen));
        } catch (EditConflict again) {
            refresh(Set.of(open.mine().id()));
            conflict.set(new Conflict(chosen, again));
            return Optional.empty();
        }
    }

    /**
     * Shows what colleagues stored: their rows are refreshed where they are, nothing else moves. A row the researcher
     * is editing holds still until the edit ends (a table would end the edit if the row moved), and says so.
     */
    public void colleaguesChanged(ChangeFeed.Changes changes) {
        Set<Long> shown = new HashSet<>();
        for (long id : changes.actors()) {
            Actor seen = editing.get(id);
            if (seen == null) {
                shown.add(id);
            } else if (held.add(id)) {
                notice.set(Problem.of("team.held", seen.name()));
            }
        }
        showColleagues(shown);
        List.copyOf(colleagueListeners).forEach(l -> l.accept(changes));
    }

    /**
     * Hands each change colleagues store to {@code listener} after the rows are shown, for the views that show more
     * than actors (the network's pins, the duplicates' dismissed pairs, the detail pane's sources), until the
     * subscription is ended.
     */
    public Subscription onColleaguesChanged(Consumer<ChangeFeed.Changes> listener) {
        colleagueListeners.add(listener);
        return () -> colleagueListeners.remove(listener);
    }

    private void showColleagues(Set<Long> actorIds) {
        remote = true;
        try {
            editor.colleaguesChanged(actorIds);
        } finally {
            remote = false;
        }
    }

    /**
     * The researcher begins editing the actor (a cell, a field of the detail pane): the edit is checked against the
     * row as it is shown now, whatever colleagues store until it ends.
     */
    public void beginEdit(ActorItem item) {
        editing.put(item.id(), item.actor());
    }

    /** The edit of the actor ended (stored, or backed out of): colleagues' changes held back are shown now. */
    public void endEdit(ActorItem item) {
        editing.remove(item.id());
        if (held.remove(item.id())) {
            showColleagues(Set.of(item.id()));
        }
    }

    /** Something the researcher should know that is not a refusal (a colleague's change held back), or null. */
    public ObjectProperty<Problem> notice() {
        return notice;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    /** The order names sort in (Russian and Kazakh alphabets), shared so its collation keys are made once. */
    public NameOrder names() {
        return names;
    }

    public ActorTableModel table(ActorType type) {
        return tables.get(type);
    }

    /**
     * Selects an actor the researcher asked to see (following a link), keeping its row in its table's view even
     * where the filter hides it, until the filter changes.
     */
    public void show(ActorItem item) {
        table(item.actor().type()).reveal(item.id());
        selected.set(item);
    }

    public Optional<ActorItem> item(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Sets one field from what was typed or chosen, checked against the row as it was when the edit began; the
     * problem if it was refused (then nothing is stored). A colleague's change of the same field since then is a
     * {@link #conflict()} to resolve.
     */
    public Optional<Problem> edit(ActorItem item, ActorField field, Object input) {
        // a refusal repeated word for word is news again (its message may have gone from the status bar)
        refusal.set(null);
        Actor seen = editing.getOrDefault(item.id(), item.actor());
        Optional<Problem> problem;
        try {
            problem = attempt(() -> {
                Object value = FieldInput.parse(field, input);
                table(seen.type()).pin(item.id());
                editor.edit(seen, field, value);
            });
        } catch (EditConflict e) {
            refresh(Set.of(item.id()));
            Actor theirs = e.theirs() != null ? e.theirs() : seen;
            conflict.set(new Conflict(theirs.with(field, e.mine()), e));
            return Optional.empty();
        }
        // a field edited again without leaving it starts from what was just stored
        editing.computeIfPresent(item.id(), (id, before) -> item.actor());
        // what was typed is said back, so a busy catalogue costs a retype, never the words
        problem = problem.map(p -> p.key().equals("problem.busy") ? Problem.of("problem.busy.value", input) : p);
        refusal.set(problem.map(p -> new Refusal(item.id(), field, p)).orElse(null));
        return problem;
    }

    /**
     * Runs an editor command; a refusal comes back as its problem, and so does a catalogue that could not store it
     * (a full disk, a lost server connection). It runs on the screen's thread, so it waits only briefly while another
     * program (or an import of this window) writes: then it is refused, nothing stored.
     */
    public Optional<Problem> attempt(Runnable command) {
        try {
            catalogue.db().briefly(EDIT_WAIT, () -> {
                command.run();
                return null;
            });
            return Optional.empty();
        } catch (ValidationException e) {
            return Optional.of(e.problem());
        } catch (StoreException e) {
            if (e.kind() == StoreException.Kind.BUSY) {
                return Optional.of(Problem.of("problem.busy"));
            }
            // a full disk, a read-only one, a lost server connection: nothing was stored, and the window says why
            return Optional.of(e.problem().orElseThrow(() -> e));
        }
    }

    /** Adds an actor with a provisional name; empty if the catalogue was busy (the one reason it is refused). */
    public Optional<ActorItem> add(ActorType type, String name) {
        long[] id = new long[1];
        if (attempt(() -> id[0] = editor.add(type, name).id()).isPresent()) {
            return Optional.empty();
        }
        table(type).pin(id[0]);
        return Optional.of(byId.get(id[0]));
    }

    public Optional<Problem> delete(Collection<ActorItem> items) {
        return attempt(() -> editor.delete(items.stream().map(ActorItem::id).toList()));
    }

    /** How many links the actors have (each counted once), for the delete confirmation. */
    public int linkCount(Collection<ActorItem> items) {
        Set<Long> links = new HashSet<>();
        items.forEach(i -> catalogue.links().of(i.id()).forEach(l -> links.add(l.id())));
        return links.size();
    }

    public CatalogueEditor editor() {
        return editor;
    }

    /** Undoes this researcher's last step; the problem if it was refused (a colleague changed it since). */
    public Optional<Problem> undo() {
        return attempt(editor::undo);
    }

    public Optional<Problem> redo() {
        return attempt(editor::redo);
    }

    /** Makes a spreadsheet import that is already stored one step of the undo history. */
    public void recordImport(SheetImportResult result) {
        editor.recordImport(result.newActors(), result.newLinks());
        updateCounts();
    }

    /** Makes a document review that is already stored one step of the undo history. */
    public void recordDocumentImport(AcceptSummary summary) {
        editor.recordDocumentImport(summary.added());
        updateCounts();
    }

    /** Shows actors stored outside the editor (an accepted import) as the editor's own changes are shown. */
    public void reload(Set<Long> touched) {
        refresh(touched);
    }

    private void refresh(Set<Long> touched) {
        held.removeAll(touched);
        Map<ActorType, Set<Long>> gone = new EnumMap<>(ActorType.class);
        ActorItem firstBack = null;
        for (long id : touched) {
            ActorRow row = CatalogueLoader.reload(catalogue, id);
            ActorItem known = byId.get(id);
            if (row == null && known != null) {
                byId.remove(id);
                gone.computeIfAbsent(known.actor().type(), t -> new HashSet<>()).add(id);
            } else if (row != null && known == null) {
                ActorItem item = new ActorItem(row, names);
                byId.put(id, item);
                if (!remote) {
                    table(row.actor().type()).pin(id);
                }
                table(row.actor().type()).add(item);
                firstBack = firstBack == null && !remote ? item : firstBack;
            } else if (row != null) {
                known.update(row);
            }
        }
        gone.forEach((type, ids) -> table(type).removeAll(ids));
        if (selected.get() != null && !byId.containsKey(selected.get().id())) {
            selected.set(null);
        }
        if (firstBack != null) {
            // what an undo brings back is what the researcher wants to see
            selected.set(firstBack);
        }
        updateCounts();
        revision.set(revision.get() + 1);
    }

    private void updateCounts() {
        actorCount.set(byId.size());
        linkCount.set(catalogue.links().count());
        canUndo.set(editor.canUndo());
        canRedo.set(editor.canRedo());
    }

    public ObjectProperty<ActorItem> selected() {
        return selected;
    }

    /**
     * The most rows a table selects of a group: a table selects cell by cell, which slows with the square of the
     * rows (seconds for a few thousand), and a city of a large catalogue may hold many thousands.
     */
    public static final int GROUP_ROWS_SELECTED = 200;

    /**
     * Selects several actors at once (the actors of a city on the map): each table selects them (up to
     * {@link #GROUP_ROWS_SELECTED}), and the first becomes the selected actor the detail pane and the network show.
     */
    public void selectGroup(Collection<Long> ids) {
        List<ActorItem> items = ids.stream().map(byId::get).filter(Objects::nonNull).toList();
        selectedGroup.set(items);
        if (!items.isEmpty()) {
            selected.set(items.get(0));
        }
    }

    /** The actors selected together last, in the order given; the tables follow it. */
    public ReadOnlyObjectProperty<List<ActorItem>> selectedGroup() {
        return selectedGroup.getReadOnlyProperty();
    }

    public ObjectProperty<Refusal> refusal() {
        return refusal;
    }

    public BooleanProperty canUndo() {
        return canUndo;
    }

    public BooleanProperty canRedo() {
        return canRedo;
    }

    public LongProperty actorCount() {
        return actorCount;
    }

    public LongProperty linkCount() {
        return linkCount;
    }

    /** Goes up by one after every change, undo and redo. */
    public LongProperty revision() {
        return revision;
    }

    public StringProperty message() {
        return message;
    }

    @Override
    public void close() {
        catalogue.close();
    }
}
