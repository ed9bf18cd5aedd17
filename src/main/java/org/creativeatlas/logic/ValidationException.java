package org.creativeatlas.logic;

import org.creativeatlas.model.Problem;

/** An edit that was refused because its value is not valid; nothing was stored. */
public class ValidationException extends RuntimeException {

    private final transient Problem problem;

    public ValidationException(Problem problem) {
        super(problem.key() + " " + problem.args());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
