package org.creativeatlas.ui;

import java.util.concurrent.Callable;
import javafx.concurrent.Task;

/** A piece of work as a JavaFX task, to run off the UI thread with its result and failure handled on it. */
public final class Background {

    private Background() {
    }

    public static <T> Task<T> task(Callable<T> work) {
        return new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
    }
}
