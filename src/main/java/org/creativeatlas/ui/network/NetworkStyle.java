package org.creativeatlas.ui.network;

import java.util.List;
import java.util.Map;
import org.creativeatlas.logic.draw.TypeColours;
import org.creativeatlas.logic.graph.EdgeType;
import org.creativeatlas.model.ActorType;

/**
 * How the network looks, shared by the screen, the PNG and the SVG so all three agree: a shape and a fill per actor
 * type, a ring per country (colours taken from the five flags, grey for elsewhere), a colour per edge type.
 * Colours are CSS hex strings so the SVG writer needs no JavaFX.
 */
public final class NetworkStyle {

    public enum Shape { SQUARE, DIAMOND, TRIANGLE, CIRCLE }

    public static final String BACKGROUND = "#ffffff";
    public static final String INK = "#1f2933";
    public static final String HALO = "#ffffff";
    public static final String SELECTED = "#d81b60";
    public static final String OTHER_COUNTRY = "#9aa5b1";
    /** The ring colours named in the legend: the region first. */
    public static final List<String> RING_COUNTRIES = List.of("KZ", "KG", "UZ", "TJ", "TM");

    private static final Map<String, String> COUNTRY = Map.of(
            "KZ", "#00afca", "KG", "#e8112d", "UZ", "#1eb53a", "TJ", "#f8c300", "TM", "#8b1e2d");

    private NetworkStyle() {
    }

    public static Shape shape(ActorType type) {
        return switch (type) {
            case ORGANISATION -> Shape.SQUARE;
            case PLATFORM -> Shape.DIAMOND;
            case EVENT -> Shape.TRIANGLE;
            case PERSON -> Shape.CIRCLE;
        };
    }

    public static String fill(ActorType type) {
        return TypeColours.of(type);
    }

    /** The ring of a country; null when the country is unknown (no ring). */
    public static String ring(String country) {
        return country == null ? null : COUNTRY.getOrDefault(country, OTHER_COUNTRY);
    }

    public static String edge(EdgeType type) {
        return switch (type) {
            case AFFILIATION -> "#5b7a99";
            case PARTICIPATION -> "#d9893b";
            case RELATION -> "#2f6fb3";
            case OPERATOR -> "#7e57c2";
        };
    }

    /** Radius in world units: grows with the square root of the links, so hubs stand out without covering all. */
    public static double radius(ActorType type, int degree) {
        double base = type == ActorType.PERSON ? 4 : 5.5;
        return base + 1.8 * Math.sqrt(Math.min(degree, 400));
    }
}
