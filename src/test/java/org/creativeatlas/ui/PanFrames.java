package org.creativeatlas.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import javafx.animation.AnimationTimer;
import org.testfx.api.FxRobot;

/**
 * How fast a canvas pans, measured the two ways the frame-rate tests report: painting alone on the FX thread, and
 * frames completed per second when each pulse pans and repaints (the FX thread then waits for the renderer, so
 * this includes rasterising; capped by the 60 Hz pulse). {@code frame} pans by a few pixels and paints, its
 * argument the frame's number.
 */
final class PanFrames {

    private static final int WARMUPS = 10;
    private static final int FRAMES = 60;
    private static final long PULSE_MEASURE_NANOS = TimeUnit.SECONDS.toNanos(3);

    private PanFrames() {
    }

    /** Milliseconds a frame takes to paint, on average over a run of frames after a warm-up. */
    static double paintMillis(FxRobot robot, IntConsumer frame) {
        double[] millis = new double[1];
        robot.interact(() -> {
            for (int i = 0; i < WARMUPS; i++) {
                frame.accept(i);
            }
            long start = System.nanoTime();
            for (int i = 0; i < FRAMES; i++) {
                frame.accept(i);
            }
            millis[0] = (System.nanoTime() - start) / 1e6 / FRAMES;
        });
        return millis[0];
    }

    /** Frames a second when every pulse draws one, over three seconds. */
    static double pulsesPerSecond(FxRobot robot, IntConsumer frame) throws InterruptedException {
        int[] frames = new int[1];
        CountDownLatch done = new CountDownLatch(1);
        robot.interact(() -> new AnimationTimer() {
            private long first;

            @Override
            public void handle(long now) {
                if (first == 0) {
                    first = now;
                } else if (now - first >= PULSE_MEASURE_NANOS) {
                    stop();
                    done.countDown();
                    return;
                }
                frame.accept(frames[0]++);
            }
        }.start());
        assertTrue(done.await(60, TimeUnit.SECONDS));
        assertTrue(frames[0] > 0, "frames were drawn");
        return frames[0] / (PULSE_MEASURE_NANOS / 1e9);
    }
}
