package org.creativeatlas.model;

/** Another name of an actor: a translation, a transliteration, an abbreviation. {@code lang} is en, ru, kk or other. */
public record NameVariant(long id, long actorId, String text, String lang) {

    public NameVariant withId(long newId) {
        return new NameVariant(newId, actorId, text, lang);
    }
}
