package org.creativeatlas.ui.sheets;

import java.util.function.Supplier;

/**
 * Lets Cancel interrupt the thread running an import (the import then rolls back), but only while the import
 * runs: an interrupt that comes once it has ended is dropped, so it cannot hit what the thread does next.
 */
final class CancelSwitch {

    private Thread running;

    /** Runs the work on this thread, which {@link #cancel} may interrupt meanwhile. */
    <T> T run(Supplier<T> work) {
        synchronized (this) {
            running = Thread.currentThread();
        }
        try {
            return work.get();
        } finally {
            synchronized (this) {
                running = null;
                Thread.interrupted();
            }
        }
    }

    synchronized void cancel() {
        if (running != null) {
            running.interrupt();
        }
    }
}
