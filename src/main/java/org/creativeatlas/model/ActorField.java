package org.creativeatlas.model;

/** The editable fields of an actor; the table columns, the undo history and validation are keyed by them. */
public enum ActorField implements Coded {
    NAME, KIND, COUNTRY, CITY, WEBSITE, SECTORS, STATUS, MODE, OPERATOR, LANGUAGES,
    START_YEAR, END_YEAR, START_DATE, END_DATE, ROLE, DESCRIPTION, NOTES;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
