package org.creativeatlas.logic.prefs;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.creativeatlas.logic.filter.ActorFilter;
import org.creativeatlas.logic.time.YearRange;
import org.creativeatlas.model.Coded;
import org.creativeatlas.model.Sector;
import org.creativeatlas.model.Status;

/**
 * What the app remembers between runs: the language, the filter, the hidden table columns (by actor type code →
 * field codes), the window size and each table's column order and widths (by actor type code). Stored as JSON;
 * missing values take the defaults.
 */
public record UserPreferences(String language, FilterPrefs filter, Map<String, List<String>> hiddenColumns,
                              double windowWidth, double windowHeight, Map<String, ColumnLayout> columnLayouts) {

    /** A common laptop screen's size: the window never starts larger than the screen (see the window's start). */
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;

    public UserPreferences {
        language = language == null ? "en" : language;
        filter = filter == null ? FilterPrefs.of(ActorFilter.NONE) : filter;
        hiddenColumns = hiddenColumns == null ? Map.of() : Map.copyOf(hiddenColumns);
        windowWidth = windowWidth > 0 ? windowWidth : DEFAULT_WIDTH;
        windowHeight = windowHeight > 0 ? windowHeight : DEFAULT_HEIGHT;
        columnLayouts = columnLayouts == null ? Map.of() : Map.copyOf(columnLayouts);
    }

    public static UserPreferences defaults(String language) {
        return new UserPreferences(language, null, null, 0, 0, null);
    }

    public UserPreferences withLanguage(String newLanguage) {
        return new UserPreferences(newLanguage, filter, hiddenColumns, windowWidth, windowHeight, columnLayouts);
    }

    public UserPreferences withFilter(ActorFilter newFilter, String rawText) {
        return new UserPreferences(language, FilterPrefs.of(newFilter).withText(rawText), hiddenColumns,
                windowWidth, windowHeight, columnLayouts);
    }

    public UserPreferences withHiddenColumns(String typeCode, List<String> fieldCodes) {
        Map<String, List<String>> copy = new java.util.HashMap<>(hiddenColumns);
        copy.put(typeCode, List.copyOf(fieldCodes));
        return new UserPreferences(language, filter, copy, windowWidth, windowHeight, columnLayouts);
    }

    public UserPreferences withColumnLayout(String typeCode, ColumnLayout layout) {
        Map<String, ColumnLayout> copy = new java.util.HashMap<>(columnLayouts);
        copy.put(typeCode, layout);
        return new UserPreferences(language, filter, hiddenColumns, windowWidth, windowHeight, copy);
    }

    public UserPreferences withWindowSize(double width, double height) {
        return new UserPreferences(language, filter, hiddenColumns, width, height, columnLayouts);
    }

    public List<String> hiddenColumns(String typeCode) {
        return hiddenColumns.getOrDefault(typeCode, List.of());
    }

    public ColumnLayout columnLayout(String typeCode) {
        return columnLayouts.getOrDefault(typeCode, ColumnLayout.DEFAULT);
    }

    /** The filter as plain codes, so a file from an older or newer version still reads. */
    public record FilterPrefs(List<String> countries, List<String> kinds, List<String> sectors,
                              List<String> statuses, String text, String years) {

        public FilterPrefs {
            countries = countries == null ? List.of() : List.copyOf(countries);
            kinds = kinds == null ? List.of() : List.copyOf(kinds);
            sectors = sectors == null ? List.of() : List.copyOf(sectors);
            statuses = statuses == null ? List.of() : List.copyOf(statuses);
            text = text == null ? "" : text;
            years = years == null ? "" : years;
        }

        static FilterPrefs of(ActorFilter f) {
            return new FilterPrefs(f.countries().stream().sorted().toList(), f.kinds().stream().sorted().toList(),
                    f.sectors().stream().map(Coded::code).sorted().toList(),
                    f.statuses().stream().map(Coded::code).sorted().toList(), f.text(), f.years().toString());
        }

        FilterPrefs withText(String newText) {
            return new FilterPrefs(countries, kinds, sectors, statuses, newText, years);
        }

        /** The years as a range; all years when none or no longer readable. */
        public YearRange yearRange() {
            try {
                return years.isBlank() ? YearRange.ALL : YearRange.parse(years);
            } catch (IllegalArgumentException e) {
                return YearRange.ALL;
            }
        }

        /** Codes no longer known are dropped. */
        public Set<Sector> sectorSet() {
            return sectors.stream().map(c -> Coded.parse(Sector.class, c)).flatMap(java.util.Optional::stream)
                    .collect(Collectors.toSet());
        }

        public Set<Status> statusSet() {
            return statuses.stream().map(c -> Coded.parse(Status.class, c)).flatMap(java.util.Optional::stream)
                    .collect(Collectors.toSet());
        }
    }
}
