package org.creativeatlas.model;

/** What a platform (an educational or creative initiative) is. */
public enum PlatformKind implements Coded {
    ONLINE_COURSE, OFFLINE_VENUE, INFORMAL_LEARNING, HUB_PROGRAMME, ACCELERATOR, NETWORK_OF_CENTRES, PORTAL;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
