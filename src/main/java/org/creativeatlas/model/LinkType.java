package org.creativeatlas.model;

/** Kinds of link between actors. */
public enum LinkType implements Coded {
    AFFILIATION, PARTICIPATION, RELATION;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
