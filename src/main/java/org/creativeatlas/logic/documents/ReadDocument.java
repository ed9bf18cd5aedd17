package org.creativeatlas.logic.documents;

import org.creativeatlas.model.Source;

/**
 * A document as read from its file: plain text with paragraphs separated by blank lines, its language
 * ({@code en}, {@code ru}, {@code kk} or {@code mixed}; null when it has no letters), the date it carries
 * (ISO, or null) and the SHA-256 of its UTF-8 text, which recognises the same document imported again.
 */
public record ReadDocument(String fileName, String title, String text, String language, String date,
                           String sha256) {

    /** The source this document becomes in the catalogue (not yet stored: id 0). */
    public Source toSource() {
        return new Source(0, title, fileName, language, date, sha256, text);
    }
}
