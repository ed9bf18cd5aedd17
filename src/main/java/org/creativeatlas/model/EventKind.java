package org.creativeatlas.model;

/** What an event is. */
public enum EventKind implements Coded {
    ROUND_TABLE, CONFERENCE, FESTIVAL, FORUM, EXHIBITION, TRAINING, VISIT, COMPETITION, OTHER;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
