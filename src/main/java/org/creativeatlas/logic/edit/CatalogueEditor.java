package org.creativeatlas.logic.edit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.creativeatlas.logic.ValidationException;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.IdRange;
import org.creativeatlas.model.Link;
import org.creativeatlas.model.Mention;
import org.creativeatlas.model.NameVariant;
import org.creativeatlas.model.Problem;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.store.ConflictException;
import org.creativeatlas.store.DismissedPairDao;
import org.creativeatlas.store.StoredActor;

/**
 * Every change a person makes to the catalogue goes through here: validated, stored at once in one transaction,
 * and kept for undo and redo. Listeners hear which actors changed so views can refresh just those rows.
 * On a shared catalogue every write is checked against the version this window saw: an edit a colleague overtook
 * comes back as an {@link EditConflict}, a delete or merge as a refusal; each undo step remembers the versions it
 * left, so undo refuses to go back over a colleague's later edit.
 */
public final class CatalogueEditor {

    private static final int HISTORY = 500;

    private final Catalogue catalogue;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    /** The version this editor's own last write left each actor at: what undo expects to find. */
    private final Map<Long, Integer> own = new HashMap<>();
    private final List<Consumer<Set<Long>>> listeners = new ArrayList<>();

    public CatalogueEditor(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    /** Called after every change, undo and redo with the ids of the actors touched. */
    public void addListener(Consumer<Set<Long>> listener) {
        listeners.add(listener);
    }

    public Actor add(ActorType type, String name) {
        Actor draft = Actor.named(type, name);
        ActorValidator.checkAll(draft).ifPresent(p -> {
            throw new ValidationException(p);
        });
        Actor stored = catalogue.db().inTransaction(() -> catalogue.actors().insert(draft));
        record(new Change.Insert(Fragment.ofActor(stored)), Set.of(stored.id()));
        return stored;
    }

    /**
     * Sets one field; refused with a {@link ValidationException} (and nothing stored) if the value is not valid. On a
     * shared catalogue the actor must still be at the version this client last saw, else an {@link EditConflict}.
     */
    public void edit(long actorId, ActorField field, Object value) {
        Actor actor = catalogue.actors().byId(actorId).orElseThrow(() -> new IllegalArgumentException("no actor " + actorId));
        Object mine = normalised(value);
        check(actor, field, mine);
        if (!Objects.equals(actor.get(field), mine)) {
            store(new Change.FieldEdit(actorId, field, actor.get(field), mine));
        }
    }

    /**
     * Sets one field of an actor the researcher began editing when it was {@code seen}. What a colleague stored
     * meanwhile in other fields stays, and the value is stored on top of it; if the colleague changed this very
     * field (to something else than {@code value}), nothing is stored and an {@link EditConflict} shows both.
     */
    public void edit(Actor seen, ActorField field, Object value) {
        long id = seen.id();
        Object mine = normalised(value);
        StoredActor now = catalogue.actors().withVersion(id)
                .orElseThrow(() -> new EditConflict(null, 0, field, mine, who(id)));
        Object theirs = now.actor().get(field);
        check(now.actor(), field, mine);
        if (Objects.equals(theirs, mine)) {
            return;
        }
        if (!Objects.equals(theirs, seen.get(field))) {
            throw new EditConflict(now.actor(), now.version(), field, mine, who(id));
        }
        // on top of exactly the row just read: a colleague storing in between makes it a conflict
        catalogue.actors().expectVersions(Map.of(id, now.version()));
        store(new Change.FieldEdit(id, field, theirs, mine));
    }

    private static Object normalised(Object value) {
        return value instanceof String s && s.isBlank() ? null : value instanceof String s ? s.strip() : value;
    }

    private static void check(Actor actor, ActorField field, Object value) {
        ActorValidator.check(actor, field, value).ifPresent(p -> {
            throw new ValidationException(p);
        });
    }

    private void store(Change.FieldEdit edit) {
        try {
            perform(edit);
        } catch (ConflictException e) {
            throw conflictOn(edit.actorId(), edit.field(), edit.after());
        }
    }

    /** The conflict of {@code mine} in {@code field} with the actor as a colleague stored it (or deleted it). */
    private EditConflict conflictOn(long actorId, ActorField field, Object mine) {
        StoredActor now = catalogue.actors().withVersion(actorId).orElse(null);
        return new EditConflict(now == null ? null : now.actor(), now == null ? 0 : now.version(), field, mine,
                who(actorId));
    }

    /**
     * Stores the row the researcher chose after a conflict, if the actor is still as they were shown it; otherwise
     * another {@link EditConflict}. One undo step.
     */
    public void resolve(EditConflict conflict, Actor chosen) {
        Actor theirs = conflict.theirs();
        if (theirs == null) {
            throw new ValidationException(Problem.of("problem.conflict.deleted", chosen.name(), conflict.who()));
        }
        ActorValidator.checkAll(chosen).ifPresent(p -> {
            throw new ValidationException(p);
        });
        try {
            catalogue.db().inTransaction(() -> catalogue.actors().update(chosen, conflict.theirsVersion()));
            record(new Change.Replace(theirs, chosen), Set.of(chosen.id()));
        } catch (ConflictException e) {
            throw conflictOn(chosen.id(), conflict.field(), conflict.mine());
        }
    }

    /**
     * Colleagues changed these actors (the shared catalogue's feed): listeners refresh them as after an edit here.
     * Nothing enters the undo history: a researcher undoes only their own changes.
     */
    public void colleaguesChanged(Set<Long> actorIds) {
        if (!actorIds.isEmpty()) {
            notifyListeners(actorIds);
        }
    }

    /** Deletes actors with their variants, links and mentions; undo brings all of it back. */
    public void delete(Collection<Long> actorIds) {
        if (actorIds.isEmpty()) {
            return;
        }
        try {
            perform(new Change.Remove(snapshot(catalogue, actorIds)));
        } catch (ConflictException e) {
            throw overtaken(e);
        }
    }

    public Link link(Link link) {
        if (link.fromId() == link.toId()) {
            throw new ValidationException(Problem.of("problem.link.self"));
        }
        Link stored = catalogue.db().inTransaction(() -> catalogue.links().insert(link));
        record(new Change.Insert(Fragment.ofLink(stored)), Set.of(link.fromId(), link.toId()));
        return stored;
    }

    public void unlink(Link link) {
        perform(new Change.Remove(Fragment.ofLink(link)));
    }

    public NameVariant addVariant(NameVariant variant) {
        if (variant.text() == null || variant.text().isBlank()) {
            throw new ValidationException(Problem.of("problem.name.empty"));
        }
        NameVariant stored = catalogue.db().inTransaction(() -> catalogue.variants().insert(
                new NameVariant(0, variant.actorId(), variant.text().strip(), variant.lang())));
        record(new Change.Insert(Fragment.ofVariant(stored)), Set.of(variant.actorId()));
        return stored;
    }

    public void removeVariant(NameVariant variant) {
        perform(new Change.Remove(Fragment.ofVariant(variant)));
    }

    /**
     * Merges two actors of one type as the plan says: the survivor takes the chosen fields, the losing names become
     * its variants, and every variant, link, mention and operated platform of the loser moves to it (links between
     * the two are dropped). One undo step restores both exactly.
     */
    public Actor merge(MergePlan plan) {
        try {
            MergeChange change = catalogue.db().inTransaction(() -> MergeChange.of(catalogue, plan));
            perform(change);
            return change.survivorAfter();
        } catch (ConflictException e) {
            throw overtaken(e);
        }
    }

    /**
     * Makes an import that has already been stored (the rows with these ids) one step that undo removes and redo
     * stores again; nothing is written now.
     */
    public void recordImport(IdRange actors, IdRange links) {
        if (actors.isEmpty() && links.isEmpty()) {
            return;
        }
        push(new Step(new ImportChange(actors, links), Map.of()));
    }

    /**
     * Makes a document review that has already been stored one step that undo takes out — the source if it was
     * new, the actors, names, mentions and links it added — and redo stores again with their ids.
     */
    public void recordDocumentImport(AddedRows rows) {
        if (!rows.isEmpty()) {
            Fragment added = new Fragment(rows.actors(), rows.variants(), rows.links(), rows.mentions(), Map.of(),
                    List.of());
            push(new Step(new DocumentImportChange(rows.source(), added), left(added.touched())));
        }
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /**
     * Undoes this researcher's last step. Refused with a {@link ValidationException} (and the step dropped, as it can
     * never be undone now) if a colleague changed one of its actors after it.
     */
    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        Step step = undo.pop();
        Set<Long> touched = guarded(step, step.change()::revert);
        redo.push(new Step(step.change(), left(touched)));
        notifyListeners(touched);
    }

    public void redo() {
        if (redo.isEmpty()) {
            return;
        }
        Step step = redo.pop();
        Set<Long> touched = guarded(step, step.change()::apply);
        undo.push(new Step(step.change(), left(touched)));
        notifyListeners(touched);
    }

    /** Runs an undo or redo checked against the versions the step left: a colleague's later edit refuses it. */
    private Set<Long> guarded(Step step, java.util.function.Function<Catalogue, Set<Long>> work) {
        try {
            Map<Long, Integer> expected = new HashMap<>();
            step.versions().forEach((id, version) -> expected.put(id, own.getOrDefault(id, version)));
            return catalogue.db().inTransaction(() -> {
                catalogue.actors().expectVersions(expected);
                return work.apply(catalogue);
            });
        } catch (ConflictException e) {
            redo.clear();
            notifyListeners(Set.of(e.id()));
            String name = catalogue.actors().byId(e.id()).map(Actor::name).orElse(String.valueOf(e.id()));
            throw new ValidationException(Problem.of("problem.undo.overtaken", name, who(e.id())));
        }
    }

    private void perform(Change change) {
        Set<Long> touched = catalogue.db().inTransaction(() -> change.apply(catalogue));
        record(change, touched);
    }

    private void record(Change change, Set<Long> touched) {
        push(new Step(change, left(touched)));
        notifyListeners(touched);
    }

    /**
     * The versions this editor's write just left the actors at, remembered as its own: undoing a step later is
     * checked against the version of this editor's last write of each actor, so its own later steps never block it,
     * a colleague's do.
     */
    private Map<Long, Integer> left(Set<Long> touched) {
        if (!catalogue.isServer()) {
            return Map.of();
        }
        Map<Long, Integer> versions = catalogue.actors().seenVersions(touched);
        own.putAll(versions);
        return versions;
    }

    private ValidationException overtaken(ConflictException e) {
        notifyListeners(Set.of(e.id()));
        String name = catalogue.actors().byId(e.id()).map(Actor::name).orElse(String.valueOf(e.id()));
        return new ValidationException(Problem.of("problem.conflict.changed", name, who(e.id())));
    }

    /** Who last changed the actor, for messages: the colleague's role on the server, else "?". */
    private String who(long actorId) {
        return catalogue.db().lastChangedBy(actorId).orElse("?");
    }

    private void push(Step step) {
        undo.push(step);
        if (undo.size() > HISTORY) {
            undo.removeLast();
        }
        redo.clear();
    }

    /** One undoable change with the versions of the actors it touched as it left them. */
    private record Step(Change change, Map<Long, Integer> versions) {
    }

    private void notifyListeners(Set<Long> touched) {
        listeners.forEach(l -> l.accept(touched));
    }

    /** The actors with every row that goes with them, as they are now. */
    static Fragment snapshot(Catalogue catalogue, Collection<Long> actorIds) {
        List<Actor> actors = new ArrayList<>();
        List<NameVariant> variants = new ArrayList<>();
        Map<Long, Link> links = new LinkedHashMap<>();
        List<Mention> mentions = new ArrayList<>();
        Map<Long, Long> operatorRefs = new HashMap<>();
        Set<DismissedPairDao.Pair> dismissed = new LinkedHashSet<>();
        Set<Long> deleted = Set.copyOf(actorIds);
        for (long id : actorIds) {
            catalogue.actors().byId(id).ifPresent(actors::add);
            variants.addAll(catalogue.variants().of(id));
            catalogue.links().of(id).forEach(l -> links.put(l.id(), l));
            mentions.addAll(catalogue.mentions().of(id));
            dismissed.addAll(catalogue.dismissedPairs().of(id));
            catalogue.actors().operatedBy(id).stream().filter(p -> !deleted.contains(p.id()))
                    .forEach(p -> operatorRefs.put(p.id(), id));
        }
        return new Fragment(actors, variants, new ArrayList<>(links.values()), mentions, operatorRefs,
                List.copyOf(dismissed));
    }
}
