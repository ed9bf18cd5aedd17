package org.creativeatlas.model;

/** Whether an organisation or platform still works. */
public enum Status implements Coded {
    ACTIVE, CLOSED, UNKNOWN;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
