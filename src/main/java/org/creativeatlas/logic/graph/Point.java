package org.creativeatlas.logic.graph;

/** A position in layout space, where the ideal edge length is {@link LayoutSettings#edgeLength()}. */
public record Point(double x, double y) {
}
