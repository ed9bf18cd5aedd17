package org.creativeatlas.model;

/** How a platform reaches its learners. */
public enum Mode implements Coded {
    ONLINE, OFFLINE, HYBRID;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
