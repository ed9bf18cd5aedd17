package org.creativeatlas.logic.graph;

/**
 * What the network left out of the catalogue's links, so a view can say so: links (or operators) naming an actor
 * that is not there, links from an actor to itself, and identical links merged into one edge.
 */
public record InputReport(int danglingLinks, int selfLinks, int mergedDuplicates) {

    public static final InputReport CLEAN = new InputReport(0, 0, 0);

    public boolean isClean() {
        return danglingLinks == 0 && selfLinks == 0 && mergedDuplicates == 0;
    }
}
