package org.creativeatlas.logic.graph;

import java.util.function.BooleanSupplier;

/** Hears each iteration of a running layout and can stop it (a background task's cancel button). */
@FunctionalInterface
public interface LayoutListener {

    LayoutListener NONE = (iteration, largestMove) -> true;

    /**
     * Called after every iteration with the largest distance a free node moved in it; return false to stop.
     * Runs on the layout's thread.
     */
    boolean iterated(int iteration, double largestMove);

    /** Stops as soon as {@code cancelled} says so. */
    static LayoutListener cancelledBy(BooleanSupplier cancelled) {
        return (iteration, largestMove) -> !cancelled.getAsBoolean();
    }
}
