package org.creativeatlas.ui.report;

/** How the preview sizes a page: at the chosen zoom, or fitted to the window's width or to the whole page. */
public enum Fit {
    NONE, WIDTH, PAGE
}
