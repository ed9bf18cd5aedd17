package org.creativeatlas.logic.extract;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.creativeatlas.model.ActorType;

/** Runs the extractor on a sentence and finds candidates in what it returns. */
final class ExtractorFixture {

    private ExtractorFixture() {
    }

    static List<Candidate> run(String text) {
        return new ActorExtractor().extract(text);
    }

    static Candidate find(List<Candidate> found, ActorType type, String name) {
        return found.stream().filter(c -> c.type() == type && c.name().equals(name)).findFirst()
                .orElseGet(() -> fail("no " + type + " «" + name + "» in " + names(found)));
    }

    static boolean has(List<Candidate> found, ActorType type, String name) {
        return found.stream().anyMatch(c -> c.type() == type && c.name().equals(name));
    }

    /** Whether any candidate, of whatever type, has the name. */
    static boolean named(List<Candidate> found, String name) {
        return found.stream().anyMatch(c -> c.name().equals(name));
    }

    static List<String> names(List<Candidate> found) {
        return found.stream().map(c -> c.type().code() + ":" + c.name()).toList();
    }
}
