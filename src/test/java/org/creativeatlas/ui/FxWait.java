package org.creativeatlas.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits until a condition holds, reading it on the JavaFX thread: read from the test's thread, a scene graph being
 * rebuilt (a language switch, a restored catalogue) can change under a lookup and throw.
 */
final class FxWait {

    private FxWait() {
    }

    static void until(long seconds, Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition).get(seconds, TimeUnit.SECONDS));
    }
}
