package org.creativeatlas.ui.report;

/** Something the person must read: a failed save or print, or why printing is not possible here. */
public record Notice(String header, String text) {
}
