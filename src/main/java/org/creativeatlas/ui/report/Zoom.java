package org.creativeatlas.ui.report;

/** The preview's zoom: 1 shows a page at its printed size on a 96 dpi screen; 50 % to 200 % in familiar steps. */
final class Zoom {

    static final double MIN = 0.5;
    static final double MAX = 2.0;
    /** Screen pixels per PDF point (1/72 inch) at 100 %. */
    static final double PIXELS_PER_POINT = 96 / 72.0;
    private static final double[] STEPS = {0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0};
    /** Two zooms this close are the same step (fitted zooms fall between steps). */
    private static final double SAME = 0.005;

    private Zoom() {
    }

    static double clamp(double zoom) {
        return Math.max(MIN, Math.min(MAX, zoom));
    }

    static double larger(double zoom) {
        for (double step : STEPS) {
            if (step > zoom + SAME) {
                return step;
            }
        }
        return MAX;
    }

    static double smaller(double zoom) {
        for (int i = STEPS.length - 1; i >= 0; i--) {
            if (STEPS[i] < zoom - SAME) {
                return STEPS[i];
            }
        }
        return MIN;
    }

    /** The zoom at which a length of {@code points} fills {@code pixels} of screen. */
    static double fit(double pixels, double points) {
        return clamp(pixels / (points * PIXELS_PER_POINT));
    }
}
