package org.creativeatlas.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One organisation, platform, event or person. All four share one record so that links, name variants,
 * mentions, search and the filter address "any actor" the same way; fields that do not apply to a type stay null.
 * {@code startYear} is an organisation's founding year or a platform's first year.
 */
public record Actor(long id, ActorType type, String name, String kind, String country, String city, String website,
                    Set<Sector> sectors, Status status, Mode mode, Long operatorId, String languages,
                    Integer startYear, Integer endYear, String startDate, String endDate, String role,
                    String description, String notes) {

    public Actor {
        Objects.requireNonNull(type, "type");
        sectors = sectors == null || sectors.isEmpty()
                ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(sectors));
    }

    /** A new, not yet stored actor (id 0) with only a type and a name. */
    public static Actor named(ActorType type, String name) {
        return new Actor(0, type, name, null, null, null, null, Set.of(), null, null, null, null,
                null, null, null, null, null, null, null);
    }

    public Actor withId(long newId) {
        return new Actor(newId, type, name, kind, country, city, website, sectors, status, mode, operatorId,
                languages, startYear, endYear, startDate, endDate, role, description, notes);
    }

    /** The value of one field, as the record holds it (String, Integer, Long, Status, Mode or Set of Sector). */
    public Object get(ActorField field) {
        return switch (field) {
            case NAME -> name;
            case KIND -> kind;
            case COUNTRY -> country;
            case CITY -> city;
            case WEBSITE -> website;
            case SECTORS -> sectors;
            case STATUS -> status;
            case MODE -> mode;
            case OPERATOR -> operatorId;
            case LANGUAGES -> languages;
            case START_YEAR -> startYear;
            case END_YEAR -> endYear;
            case START_DATE -> startDate;
            case END_DATE -> endDate;
            case ROLE -> role;
            case DESCRIPTION -> description;
            case NOTES -> notes;
        };
    }

    /** A copy with one field changed; the value must have the type {@link #get} returns for that field. */
    @SuppressWarnings("unchecked")
    public Actor with(ActorField field, Object value) {
        return new Actor(id, type,
                field == ActorField.NAME ? (String) value : name,
                field == ActorField.KIND ? (String) value : kind,
                field == ActorField.COUNTRY ? (String) value : country,
                field == ActorField.CITY ? (String) value : city,
                field == ActorField.WEBSITE ? (String) value : website,
                field == ActorField.SECTORS ? (Set<Sector>) value : sectors,
                field == ActorField.STATUS ? (Status) value : status,
                field == ActorField.MODE ? (Mode) value : mode,
                field == ActorField.OPERATOR ? (Long) value : operatorId,
                field == ActorField.LANGUAGES ? (String) value : languages,
                field == ActorField.START_YEAR ? (Integer) value : startYear,
                field == ActorField.END_YEAR ? (Integer) value : endYear,
                field == ActorField.START_DATE ? (String) value : startDate,
                field == ActorField.END_DATE ? (String) value : endDate,
                field == ActorField.ROLE ? (String) value : role,
                field == ActorField.DESCRIPTION ? (String) value : description,
                field == ActorField.NOTES ? (String) value : notes);
    }
}
