package org.creativeatlas.logic.imports;

import org.creativeatlas.logic.extract.Candidate.Span;

/**
 * A sentence that names a candidate, where it is in the document's text: {@code text} is exactly the text at
 * {@code span}. The review marks it by its span, since the same sentence may stand twice in a document.
 */
public record Passage(Span span, String text) {
}
