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
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.store.DismissedPairDao;

/**
 * Every change a person makes to the catalogue goes through here: validated, stored at once in one transaction,
 * and kept for undo and redo. Listeners hear which actors changed so views can refresh just those rows.
 */
public final class CatalogueEditor {

    private static final int HISTORY = 500;

    private final Catalogue catalogue;
    private final Deque<Change> undo = new ArrayDeque<>();
    private final Deque<Change> redo = new ArrayDeque<>();
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

    /** Sets one field; refused with a {@link ValidationException} (and nothing stored) if the value is not valid. */
    public void edit(long actorId, ActorField field, Object value) {
        Actor actor = catalogue.actors().byId(actorId).orElseThrow(() -> new IllegalArgumentException("no actor " + actorId));
        Object normalised = value instanceof String s && s.isBlank() ? null
                : value instanceof String s ? s.strip() : value;
        ActorValidator.check(actor, field, normalised).ifPresent(p -> {
            throw new ValidationException(p);
        });
        if (Objects.equals(actor.get(field), normalised)) {
            return;
        }
        perform(new Change.FieldEdit(actorId, field, actor.get(field), normalised));
    }

    /** Deletes actors with their variants, links and mentions; undo brings all of it back. */
    public void delete(Collection<Long> actorIds) {
        if (actorIds.isEmpty()) {
            return;
        }
        perform(new Change.Remove(snapshot(catalogue, actorIds)));
    }

    public Link link(Link link) {
        if (link.fromId() == link.toId()) {
            throw new ValidationException(org.creativeatlas.model.Problem.of("problem.link.self"));
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
            throw new ValidationException(org.creativeatlas.model.Problem.of("problem.name.empty"));
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
        MergeChange change = catalogue.db().inTransaction(() -> MergeChange.of(catalogue, plan));
        perform(change);
        return change.survivorAfter();
    }

    /**
     * Makes an import that has already been stored (the rows with these ids) one step that undo removes and redo
     * stores again; nothing is written now.
     */
    public void recordImport(IdRange actors, IdRange links) {
        if (actors.isEmpty() && links.isEmpty()) {
            return;
        }
        push(new ImportChange(actors, links));
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        Change change = undo.pop();
        Set<Long> touched = catalogue.db().inTransaction(() -> change.revert(catalogue));
        redo.push(change);
        notifyListeners(touched);
    }

    public void redo() {
        if (redo.isEmpty()) {
            return;
        }
        Change change = redo.pop();
        Set<Long> touched = catalogue.db().inTransaction(() -> change.apply(catalogue));
        undo.push(change);
        notifyListeners(touched);
    }

    private void perform(Change change) {
        Set<Long> touched = catalogue.db().inTransaction(() -> change.apply(catalogue));
        record(change, touched);
    }

    private void record(Change change, Set<Long> touched) {
        push(change);
        notifyListeners(touched);
    }

    private void push(Change change) {
        undo.push(change);
        if (undo.size() > HISTORY) {
            undo.removeLast();
        }
        redo.clear();
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
