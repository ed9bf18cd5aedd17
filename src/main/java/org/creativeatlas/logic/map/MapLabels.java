package org.creativeatlas.logic.map;

import java.util.Locale;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.logic.geo.Place;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Countries;

/** The map's words in one language (en, ru or kk): country and place names, the legend, the notes. */
public final class MapLabels {

    private final String language;
    private final Messages messages;

    public MapLabels(String language) {
        this.language = language;
        this.messages = new Messages(Locale.forLanguageTag(language));
    }

    public String language() {
        return language;
    }

    public String country(String code) {
        return Countries.byCode(code).map(c -> c.name(language)).orElse(code);
    }

    public String place(Place place) {
        return place.name(language);
    }

    public String types(ActorType type) {
        return messages.get("types." + type.code());
    }

    public String get(String key, Object... args) {
        return messages.get(key, args);
    }

    /** The class's range for the legend: "1", "2–5", "6–20". */
    public String range(int lower, int upper) {
        return lower == upper ? String.valueOf(lower) : lower + "–" + upper;
    }

    /** What the map cannot show, or "" when it shows everything. */
    public String note(MapCounts counts) {
        StringBuilder note = new StringBuilder();
        if (counts.nowhere() > 0) {
            note.append(messages.get("map.note.nowhere", counts.nowhere()));
        }
        int withoutCity = counts.countries().stream().mapToInt(counts::withoutPlace).sum();
        if (withoutCity > 0) {
            note.append(note.length() > 0 ? " " : "").append(messages.get("map.note.without_city", withoutCity));
        }
        return note.toString();
    }

    public String attribution() {
        return messages.get("map.attribution");
    }
}
