package org.creativeatlas.model;

import java.util.Arrays;
import java.util.List;

/** The four kinds of actor the catalogue holds. */
public enum ActorType implements Coded {
    ORGANISATION(OrganisationKind.class),
    PLATFORM(PlatformKind.class),
    EVENT(EventKind.class),
    PERSON(null);

    private final Class<? extends Coded> kindType;
    /** Worked out on first use (kinds are checked for every imported row); a race only computes it twice. */
    private List<String> kindCodes;

    ActorType(Class<? extends Coded> kindType) {
        this.kindType = kindType;
    }

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    /** The kind codes an actor of this type may have; empty for people. */
    public List<String> kinds() {
        if (kindCodes == null) {
            kindCodes = kindType == null ? List.of() : Arrays.stream(kindType.getEnumConstants()).map(Coded::code).toList();
        }
        return kindCodes;
    }

    /** The fields that mean something for this type, in the order a table shows them. */
    public List<ActorField> fields() {
        return switch (this) {
            case ORGANISATION -> List.of(ActorField.NAME, ActorField.KIND, ActorField.COUNTRY, ActorField.CITY,
                    ActorField.SECTORS, ActorField.STATUS, ActorField.START_YEAR, ActorField.WEBSITE,
                    ActorField.DESCRIPTION, ActorField.NOTES);
            case PLATFORM -> List.of(ActorField.NAME, ActorField.KIND, ActorField.MODE, ActorField.OPERATOR,
                    ActorField.COUNTRY, ActorField.CITY, ActorField.LANGUAGES, ActorField.SECTORS, ActorField.STATUS,
                    ActorField.START_YEAR, ActorField.END_YEAR, ActorField.WEBSITE, ActorField.DESCRIPTION,
                    ActorField.NOTES);
            case EVENT -> List.of(ActorField.NAME, ActorField.KIND, ActorField.START_DATE, ActorField.END_DATE,
                    ActorField.COUNTRY, ActorField.CITY, ActorField.DESCRIPTION, ActorField.NOTES);
            case PERSON -> List.of(ActorField.NAME, ActorField.ROLE, ActorField.COUNTRY, ActorField.CITY,
                    ActorField.DESCRIPTION, ActorField.NOTES);
        };
    }
}
