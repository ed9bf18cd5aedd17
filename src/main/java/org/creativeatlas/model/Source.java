package org.creativeatlas.model;

/** A document actors were found in: its full text is kept so every mention can be shown in context. */
public record Source(long id, String title, String fileName, String language, String date, String sha256,
                     String text) {

    public Source withId(long newId) {
        return new Source(newId, title, fileName, language, date, sha256, text);
    }
}
