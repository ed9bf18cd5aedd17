package org.creativeatlas.logic.report;

import java.util.List;
import java.util.Map;
import org.creativeatlas.model.Actor;

/**
 * What the report says about one country (code null: actors without a country): organisations by kind, platforms,
 * events in date order and people, each list sorted as a reader expects; the links that cross its border; and how
 * many of its actors rest on a source.
 */
record CountrySection(String code, String name, Map<String, List<Actor>> organisationsByKind, List<PlatformEntry> platforms,
                      List<Actor> events, List<PersonEntry> people, List<CrossLink> crossLinks,
                      Map<String, Integer> partners, int withSource, List<Integer> sources) {

    /** A platform with the name of the organisation that runs it (null if none is known or it is out of scope). */
    record PlatformEntry(Actor platform, String operator) {
    }

    /** A person with the institutions they work at, ready to print. */
    record PersonEntry(Actor person, String institutions) {
    }

    /** One link across the border, as stated (from → to); a name is null for an actor outside the report's scope. */
    record CrossLink(String from, String link, String to, String partnerCountry) {
    }

    int actorCount() {
        return organisationsByKind.values().stream().mapToInt(List::size).sum() + platforms.size() + events.size()
                + people.size();
    }

    int withoutSource() {
        return actorCount() - withSource;
    }
}
