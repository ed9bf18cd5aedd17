package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import org.creativeatlas.model.ActorType;

/** One naming of an actor in the text, tokens {@code from} to {@code to} (exclusive), before mentions are merged. */
final class Mention {

    final ActorType type;
    final String name;
    final int from;
    final int to;
    /** Higher wins when two mentions overlap: quoted and titled finds are surer than shape-only ones. */
    final int priority;
    final List<String> variants = new ArrayList<>();
    /** Tokens of the role phrase that introduced a person, or -1. */
    int roleFrom = -1;
    int roleTo = -1;
    String affiliation;
    /** An actor named inside this one's name, such as the body it is attached to; or null. */
    Mention attached;

    Mention(ActorType type, String name, int from, int to, int priority) {
        this.type = type;
        this.name = name;
        this.from = from;
        this.to = to;
        this.priority = priority;
    }

    private List<String> words;
    private String key;
    private List<String> stateWords;

    /** The name's folded words, computed once: merging compares them many times. */
    List<String> words() {
        if (words == null) {
            words = NameKey.words(name);
        }
        return words;
    }

    /** The folded words with states' names as codes, computed once. */
    List<String> stateWords() {
        if (stateWords == null) {
            stateWords = NameKey.stateFolded(words());
        }
        return stateWords;
    }

    String key() {
        if (key == null) {
            key = NameKey.key(words());
        }
        return key;
    }

    boolean overlaps(Mention o) {
        return from < o.to && o.from < to;
    }

    @Override
    public String toString() {
        return type + ":" + name + "[" + from + "," + to + ")";
    }
}
