package org.creativeatlas.model;

/** Creative sectors an organisation or platform works in. */
public enum Sector implements Coded {
    FILM, MUSIC, DESIGN, CRAFTS, IT_DIGITAL, PERFORMING_ARTS, VISUAL_ARTS, FASHION, MEDIA, EDUCATION, HERITAGE, GAMES, ARCHITECTURE, PUBLISHING, OTHER;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
