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
}
