package org.creativeatlas.logic.documents;

/** What one format's reader gives back: the text and whatever title and date the file's own metadata holds. */
record RawDocument(String text, String title, String date) {

    static RawDocument of(String text) {
        return new RawDocument(text, null, null);
    }
}
