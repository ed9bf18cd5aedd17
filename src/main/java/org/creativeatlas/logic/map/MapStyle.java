package org.creativeatlas.logic.map;

/**
 * How the map looks on screen, in SVG, PNG and print alike. Colours are CSS hex strings so that every pen reads
 * them. The shades are the darker five of ColorBrewer's Greens (the lightest would read as "none"); markers take the actor types' colours
 * ({@link org.creativeatlas.logic.draw.TypeColours}), which read well on them.
 */
public final class MapStyle {

    public static final String SEA = "#dce8f0";
    public static final String LAND = "#f3f1ea";
    public static final String OUTSIDE_LAND = "#ebe8df";
    public static final String BORDER = "#8e9aa6";
    public static final String INK = "#1f2933";
    public static final String MUTED = "#6b7785";
    public static final String HALO = "#ffffff";
    public static final String SELECTED = "#d81b60";
    public static final String HOVERED = "#1f2933";
    private static final String[] SHADES = {"#c7e9c0", "#a1d99b", "#74c476", "#31a354", "#006d2c"};

    private MapStyle() {
    }

    /** The shade of a class out of {@code classes} (spread over the five shades when there are fewer). */
    public static String shade(int klass, int classes) {
        if (klass < 0) {
            return LAND;
        }
        int at = classes <= 1 ? SHADES.length - 1 : Math.round(klass * (SHADES.length - 1f) / (classes - 1));
        return SHADES[at];
    }
}
