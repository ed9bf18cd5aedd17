package org.creativeatlas.logic.filter;

import java.util.List;
import org.creativeatlas.logic.geo.CityGazetteer;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.Countries;
import org.creativeatlas.model.NameVariant;
import org.creativeatlas.model.TextFold;

/**
 * An actor as the tables list it: with its name variants and the text that the search looks in (name, variants,
 * city and the city's names in the other languages, role, description), folded and kept as a {@link SearchKey}.
 * {@code country} is the country's {@link Countries#indexOf} number, kept in the row so that a country filter over
 * 100 000 rows reads one field per row instead of following the actor to its code.
 */
public record ActorRow(Actor actor, List<NameVariant> variants, String searchText, int country) {

    public static ActorRow of(Actor actor, List<NameVariant> variants) {
        String[] fields = {actor.city(), CityGazetteer.standard().otherNames(actor.city(), actor.country()),
            actor.role(), actor.description()};
        int length = actor.name().length();
        for (NameVariant v : variants) {
            length += v.text().length() + 1;
        }
        for (String field : fields) {
            length += field == null ? 0 : field.length() + 1;
        }
        StringBuilder text = new StringBuilder(length).append(actor.name());
        variants.forEach(v -> text.append('\n').append(v.text()));
        for (String field : fields) {
            if (field != null && !field.isEmpty()) {
                text.append('\n').append(field);
            }
        }
        // folded once as a whole: the same as folding each part, as nothing folds across a line break
        return new ActorRow(actor, List.copyOf(variants), SearchKey.of(TextFold.fold(text.toString())),
                Countries.indexOf(actor.country()));
    }

    public long id() {
        return actor.id();
    }
}
