package org.creativeatlas.store;

import java.util.Set;

/**
 * What colleagues store in a shared catalogue, as it happens: the actors whose rows, links, names or mentions
 * changed, the catalogue settings, sources and dismissed duplicate pairs, never this client's own changes. A file
 * has no colleagues: {@link #NONE}.
 */
public interface ChangeFeed extends AutoCloseable {

    /**
     * What colleagues changed: the ids of actors (their rows, links, name variants, mentions), the keys of catalogue
     * settings, and whether sources (documents) or dismissed duplicate pairs changed; or {@code reload}: this client
     * was away longer than the change log is kept, so anything may have changed.
     */
    record Changes(Set<Long> actors, Set<String> settings, boolean sources, boolean dismissedPairs, boolean reload) {

        public static final Changes NONE = new Changes(Set.of(), Set.of(), false, false, false);

        public Changes {
            actors = Set.copyOf(actors);
            settings = Set.copyOf(settings);
        }

        public static Changes ofActors(Set<Long> ids) {
            return new Changes(ids, Set.of(), false, false, false);
        }

        public boolean isEmpty() {
            return actors.isEmpty() && settings.isEmpty() && !sources && !dismissedPairs && !reload;
        }
    }

    /** How the feed's connection is. */
    enum State { CONNECTED, LOST, CAUGHT_UP }

    interface Listener {
        /** Called on the feed's own thread with what colleagues changed (never empty). */
        void changed(Changes changes);

        /**
         * The connection was lost, or is back and the changes made meanwhile were caught up ({@code caughtUp} actors
         * changed, read from the server's change log).
         */
        void state(State state, int caughtUp);
    }

    /** Starts listening; changes made since the catalogue was opened are delivered first. */
    void start(Listener listener);

    @Override
    void close();

    ChangeFeed NONE = new ChangeFeed() {
        @Override
        public void start(Listener listener) {
            // a file is written by this window only
        }

        @Override
        public void close() {
            // nothing to stop
        }
    };
}
