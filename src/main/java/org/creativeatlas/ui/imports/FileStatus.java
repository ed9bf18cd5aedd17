package org.creativeatlas.ui.imports;

/** One line of the import's per-file list: the file's name and how reading it went. */
record FileStatus(String file, boolean ok, String text) {
}
