package org.creativeatlas.logic.exchange;

/** What an import added to the catalogue. {@code sourcesKnown}: sources already there (same SHA-256), reused. */
public record ImportSummary(int actors, int links, int sources, int sourcesKnown, int mentions) {
}
