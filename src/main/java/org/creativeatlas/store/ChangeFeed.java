package org.creativeatlas.store;

import java.util.Set;

/**
 * What colleagues store in a shared catalogue, as it happens: the ids of the actors whose rows, links, names or
 * mentions changed, never this client's own changes. A file has no colleagues: {@link #NONE}.
 */
public interface ChangeFeed extends AutoCloseable {

    /** How the feed's connection is. */
    enum State { CONNECTED, LOST, CAUGHT_UP }

    interface Listener {
        /** Called on the feed's own thread with the actors a colleague changed. */
        void changed(Set<Long> actorIds);

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
