package org.creativeatlas.model;

import java.util.List;

/** Something wrong with a value, as a resource-bundle key and its arguments, so each screen can say it in its language. */
public record Problem(String key, List<Object> args) {

    public static Problem of(String key, Object... args) {
        return new Problem(key, List.of(args));
    }
}
