package org.creativeatlas.logic.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.creativeatlas.logic.filter.ActorFilter;
import org.creativeatlas.logic.filter.ActorRow;
import org.creativeatlas.model.ActorType;

/**
 * What a report covers and how it is titled: the main window's filter (countries, kinds, sectors, statuses, text),
 * the actor types to include (empty = all), and the title page's title, author and date. {@code language} is the
 * language of the report's own labels (en, ru or kk); actor data is printed as entered. A blank title becomes the
 * default title of that language.
 */
public record ReportOptions(ActorFilter filter, Set<ActorType> types, String title, String author, LocalDate date,
                            String language) {

    public static final List<String> LANGUAGES = List.of("en", "ru", "kk");

    public ReportOptions {
        filter = filter == null ? ActorFilter.NONE : filter;
        types = types == null ? Set.of() : Set.copyOf(types);
        title = title == null ? "" : title.strip();
        author = author == null ? "" : author.strip();
        date = Objects.requireNonNullElseGet(date, LocalDate::now);
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("Report language must be one of " + LANGUAGES + ", not " + language);
        }
    }

    /** The whole catalogue, untitled, dated today. */
    public static ReportOptions of(String language) {
        return new ReportOptions(ActorFilter.NONE, Set.of(), "", "", null, language);
    }

    public ReportOptions withFilter(ActorFilter newFilter) {
        return new ReportOptions(newFilter, types, title, author, date, language);
    }

    public ReportOptions withTypes(Set<ActorType> newTypes) {
        return new ReportOptions(filter, newTypes, title, author, date, language);
    }

    public ReportOptions withTitle(String newTitle) {
        return new ReportOptions(filter, types, newTitle, author, date, language);
    }

    public ReportOptions withAuthor(String newAuthor) {
        return new ReportOptions(filter, types, title, newAuthor, date, language);
    }

    public ReportOptions withDate(LocalDate newDate) {
        return new ReportOptions(filter, types, title, author, newDate, language);
    }

    public ReportOptions withLanguage(String newLanguage) {
        return new ReportOptions(filter, types, title, author, date, newLanguage);
    }

    /** Whether the report covers this actor. */
    public boolean includes(ActorRow row) {
        return (types.isEmpty() || types.contains(row.actor().type())) && filter.test(row);
    }

    /** Whether actors of this country are in scope, so links to them may name them (null: no country). */
    boolean countryInScope(String country) {
        return filter.countries().isEmpty() || country != null && filter.countries().contains(country);
    }
}
