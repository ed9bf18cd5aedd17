package org.creativeatlas.logic.extract;

import org.creativeatlas.model.ActorType;

/**
 * A head word of an actor's name found in the text: the type it gives, its nominative with the text's own casing,
 * the gender (m, f, n) Russian adjectives before it agree with, whether it was plural, and for Kazakh whether it
 * lacks the possessive ending that heads of compound names carry (университет, not университеті).
 */
record Head(ActorType type, String nominative, char gender, boolean plural, boolean bare) {

    /** Whether the token is this head as it stands in the nominative, with no case ending («Елшілік», «цирк»). */
    boolean uninflected(Token t) {
        return t.lower().equals(nominative.toLowerCase(java.util.Locale.ROOT));
    }

    /** The same head read as another type («фольклорная программа» is performed, so an event). */
    Head as(ActorType other) {
        return new Head(other, nominative, gender, plural, bare);
    }
}
