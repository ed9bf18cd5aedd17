package org.creativeatlas.logic.filter;

import java.util.Set;
import java.util.function.Predicate;
import org.creativeatlas.logic.time.YearRange;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Countries;
import org.creativeatlas.model.Sector;
import org.creativeatlas.model.Status;
import org.creativeatlas.model.TextFold;

/**
 * What the researcher asked to see: countries, kinds, sectors, statuses, a text and a range of years, all optional
 * (empty = any).
 * A facet constrains only the types it means something for: choosing the kind "university" narrows organisations
 * and leaves events alone; sectors and status narrow organisations and platforms only. Text matches the name, name
 * variants, city, role and description, in any case and script. The years keep the actors dated within them and
 * every undated one (see {@link YearRange}).
 */
public record ActorFilter(Set<String> countries, Set<String> kinds, Set<Sector> sectors, Set<Status> statuses,
                          String text, YearRange years) implements Predicate<ActorRow> {

    public static final ActorFilter NONE = new ActorFilter(Set.of(), Set.of(), Set.of(), Set.of(), "");

    public ActorFilter {
        countries = Set.copyOf(countries);
        kinds = Set.copyOf(kinds);
        sectors = Set.copyOf(sectors);
        statuses = Set.copyOf(statuses);
        text = TextFold.fold(text == null ? "" : text.strip());
        years = years == null ? YearRange.ALL : years;
    }

    /** A filter for all years. */
    public ActorFilter(Set<String> countries, Set<String> kinds, Set<Sector> sectors, Set<Status> statuses,
                       String text) {
        this(countries, kinds, sectors, statuses, text, YearRange.ALL);
    }

    public ActorFilter withCountries(Set<String> newCountries) {
        return new ActorFilter(newCountries, kinds, sectors, statuses, text, years);
    }

    public ActorFilter withText(String newText) {
        return new ActorFilter(countries, kinds, sectors, statuses, newText, years);
    }

    public ActorFilter withYears(YearRange newYears) {
        return new ActorFilter(countries, kinds, sectors, statuses, text, newYears);
    }

    public boolean isEmpty() {
        return countries.isEmpty() && kinds.isEmpty() && sectors.isEmpty() && statuses.isEmpty() && text.isEmpty()
                && years.isAll();
    }

    @Override
    public boolean test(ActorRow row) {
        // the country first, from the row itself: the one facet every table filters by, over every row
        if (!countries.isEmpty() && (row.country() < 0 || !countries.contains(Countries.codeAt(row.country())))) {
            return false;
        }
        var a = row.actor();
        // an actor of no kind yet (a row just added) is of none of the kinds chosen
        if (!kinds.isEmpty() && constrainsKind(a.type()) && (a.kind() == null || !kinds.contains(a.kind()))) {
            return false;
        }
        boolean hasSectors = a.type() == ActorType.ORGANISATION || a.type() == ActorType.PLATFORM;
        if (hasSectors && !sectors.isEmpty() && a.sectors().stream().noneMatch(sectors::contains)) {
            return false;
        }
        if (hasSectors && !statuses.isEmpty() && !statuses.contains(a.status() == null ? Status.UNKNOWN : a.status())) {
            return false;
        }
        if (!years.test(a)) {
            return false;
        }
        return text.isEmpty() || row.searchText().contains(SearchKey.ofQuery(text));
    }

    private boolean constrainsKind(ActorType type) {
        return type.kinds().stream().anyMatch(kinds::contains);
    }
}
