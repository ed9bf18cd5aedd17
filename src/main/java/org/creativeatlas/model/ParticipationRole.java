package org.creativeatlas.model;

/** The part an actor took in an event. */
public enum ParticipationRole implements Coded {
    ORGANISER, SPEAKER, PARTICIPANT, PARTNER;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
