package org.creativeatlas.logic.graph;

import org.creativeatlas.model.Coded;
import org.creativeatlas.model.LinkType;

/** What an edge of the network stands for: one of the catalogue's link types, or a platform's operator. */
public enum EdgeType implements Coded {
    AFFILIATION, PARTICIPATION, RELATION,
    /** Organisation → platform it runs, from the platform's operator field (not a link in the catalogue). */
    OPERATOR;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    public static EdgeType of(LinkType type) {
        return switch (type) {
            case AFFILIATION -> AFFILIATION;
            case PARTICIPATION -> PARTICIPATION;
            case RELATION -> RELATION;
        };
    }
}
