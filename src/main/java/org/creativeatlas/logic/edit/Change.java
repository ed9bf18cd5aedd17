package org.creativeatlas.logic.edit;

import java.util.Set;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.store.Catalogue;

/** One undoable step. Each method runs inside a transaction and returns the ids of the actors it touched. */
interface Change {

    Set<Long> apply(Catalogue catalogue);

    Set<Long> revert(Catalogue catalogue);

    /** Rows added: undone by removing them. */
    record Insert(Fragment fragment) implements Change {
        @Override
        public Set<Long> apply(Catalogue catalogue) {
            fragment.insert(catalogue);
            return fragment.touched();
        }

        @Override
        public Set<Long> revert(Catalogue catalogue) {
            fragment.remove(catalogue);
            return fragment.touched();
        }
    }

    /** Rows removed: undone by putting them back with their ids. */
    record Remove(Fragment fragment) implements Change {
        @Override
        public Set<Long> apply(Catalogue catalogue) {
            fragment.remove(catalogue);
            return fragment.touched();
        }

        @Override
        public Set<Long> revert(Catalogue catalogue) {
            fragment.insert(catalogue);
            return fragment.touched();
        }
    }

    /** One field of one actor changed from {@code before} to {@code after}. */
    record FieldEdit(long actorId, ActorField field, Object before, Object after) implements Change {
        @Override
        public Set<Long> apply(Catalogue catalogue) {
            return set(catalogue, after);
        }

        @Override
        public Set<Long> revert(Catalogue catalogue) {
            return set(catalogue, before);
        }

        private Set<Long> set(Catalogue catalogue, Object value) {
            Actor actor = catalogue.actors().byId(actorId).orElseThrow();
            catalogue.actors().update(actor.with(field, value));
            return Set.of(actorId);
        }
    }

    /**
     * A whole row replaced: a conflict resolved by choosing field by field; undoing puts back the row the colleague
     * had stored.
     */
    record Replace(Actor before, Actor after) implements Change {
        @Override
        public Set<Long> apply(Catalogue catalogue) {
            catalogue.actors().update(after);
            return Set.of(after.id());
        }

        @Override
        public Set<Long> revert(Catalogue catalogue) {
            catalogue.actors().update(before);
            return Set.of(before.id());
        }
    }
}
