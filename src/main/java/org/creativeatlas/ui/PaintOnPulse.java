package org.creativeatlas.ui;

import javafx.animation.AnimationTimer;

/**
 * Paints a canvas at most once per pulse however many changes ask for it: mouse events come faster than frames, and
 * each would otherwise paint a frame of its own. The map and the network share it.
 */
public final class PaintOnPulse {

    private final Runnable paint;
    private boolean dirty;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            stop();
            if (dirty) {
                paint.run();
            }
        }
    };

    /** {@code paint} paints the frame and calls {@link #painted()}. */
    public PaintOnPulse(Runnable paint) {
        this.paint = paint;
    }

    /** Asks for a frame at the next pulse. */
    public void request() {
        dirty = true;
        timer.start();
    }

    /** Says the frame was painted, also when painted directly, so the next pulse does not paint it again. */
    public void painted() {
        dirty = false;
    }
}
