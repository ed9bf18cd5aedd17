package org.creativeatlas.logic.geo;

import java.util.List;

/**
 * A city or town of the gazetteer with its English, Russian and Kazakh names, the other names texts use for it
 * (older names, other spellings) and whether its names were checked by hand.
 */
public record Place(long id, String country, double latitude, double longitude, int population, PlaceRole role,
                    String nameEn, String nameRu, String nameKk, List<String> otherNames, boolean checked) {

    public Place {
        otherNames = List.copyOf(otherNames);
    }

    /** The name in a language ("ru", "kk"; anything else gives English). */
    public String name(String language) {
        return switch (language == null ? "en" : language) {
            case "ru" -> nameRu;
            case "kk" -> nameKk;
            default -> nameEn;
        };
    }
}
