package org.creativeatlas.ui.viewmodel;

/** Where a source names the selected actor: the source's title and the passage. */
public record MentionEntry(String sourceTitle, String passage) {
}
