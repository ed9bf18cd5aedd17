package org.creativeatlas.model;

/** Relations between organisations. */
public enum RelationKind implements Coded {
    PARTNER_OF, MEMBER_OF, PART_OF, FUNDED_BY, FOUNDED_BY;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
