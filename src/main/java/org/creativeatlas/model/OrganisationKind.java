package org.creativeatlas.model;

/** What an organisation is. */
public enum OrganisationKind implements Coded {
    CREATIVE_HUB, UNIVERSITY, GOVERNMENT, ASSOCIATION, COMPANY, NGO, MUSEUM, INTERNATIONAL, MEDIA, OTHER;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
