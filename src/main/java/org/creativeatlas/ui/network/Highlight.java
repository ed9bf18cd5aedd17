package org.creativeatlas.ui.network;

/** What a frame marks out, as node and edge indices of the drawing (-1 for none). */
record Highlight(int selected, int hoveredNode, int hoveredEdge) {

    static final Highlight NONE = new Highlight(-1, -1, -1);
}
