package org.creativeatlas.ui;

import java.util.concurrent.Callable;
import java.util.function.DoubleConsumer;
import javafx.concurrent.Task;

/** A piece of work as a JavaFX task, to run off the UI thread with its result and failure handled on it. */
public final class Background {

    /** Work that tells how far along it is, 0 to 1, as it goes. */
    @FunctionalInterface
    public interface Tracked<T> {
        T call(DoubleConsumer progress) throws Exception;
    }

    private Background() {
    }

    public static <T> Task<T> task(Callable<T> work) {
        return tracked(progress -> work.call());
    }

    /** A task whose progress (indeterminate until the work first reports) follows the work's reports. */
    public static <T> Task<T> tracked(Tracked<T> work) {
        return new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call(done -> updateProgress(done, 1));
            }
        };
    }
}
