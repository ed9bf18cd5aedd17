package org.creativeatlas.ui.viewmodel;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.creativeatlas.logic.filter.ActorFilter;
import org.creativeatlas.logic.prefs.PreferencesStore;
import org.creativeatlas.logic.prefs.UserPreferences.FilterPrefs;
import org.creativeatlas.logic.time.YearRange;
import org.creativeatlas.model.Sector;
import org.creativeatlas.model.Status;

/**
 * The toolbar filter: countries, kinds, sectors, statuses, a search text and years, turned into one
 * {@link ActorFilter} that every table, the network and the map use. It outlives catalogues and languages and is
 * saved with the preferences.
 */
public final class FilterViewModel {

    private final ObservableSet<String> countries = FXCollections.observableSet();
    private final ObservableSet<String> kinds = FXCollections.observableSet();
    private final ObservableSet<Sector> sectors = FXCollections.observableSet();
    private final ObservableSet<Status> statuses = FXCollections.observableSet();
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<YearRange> years = new SimpleObjectProperty<>(this, "years", YearRange.ALL);
    private final ReadOnlyObjectWrapper<ActorFilter> filter = new ReadOnlyObjectWrapper<>(this, "filter", ActorFilter.NONE);
    /** Set while several facets change as one step: the filter is rebuilt once, after them. */
    private boolean changing;

    public FilterViewModel(PreferencesStore prefs) {
        FilterPrefs saved = prefs.current().filter();
        countries.addAll(saved.countries());
        kinds.addAll(saved.kinds());
        sectors.addAll(saved.sectorSet());
        statuses.addAll(saved.statusSet());
        text.set(saved.text());
        years.set(saved.yearRange());
        rebuild();
        javafx.beans.InvalidationListener changed = obs -> rebuild();
        countries.addListener(changed);
        kinds.addListener(changed);
        sectors.addListener(changed);
        statuses.addListener(changed);
        text.addListener(changed);
        years.addListener(changed);
        filter.addListener((obs, old, now) -> prefs.update(p -> p.withFilter(now, text.get())));
    }

    private void rebuild() {
        if (changing) {
            return;
        }
        filter.set(new ActorFilter(countries, kinds, sectors, statuses, text.get(), years.get()));
    }

    public ReadOnlyObjectProperty<ActorFilter> filter() {
        return filter.getReadOnlyProperty();
    }

    public ObservableSet<String> countries() {
        return countries;
    }

    public ObservableSet<String> kinds() {
        return kinds;
    }

    public ObservableSet<Sector> sectors() {
        return sectors;
    }

    public ObservableSet<Status> statuses() {
        return statuses;
    }

    public StringProperty text() {
        return text;
    }

    /** The years the filter keeps. */
    public ObjectProperty<YearRange> years() {
        return years;
    }

    /** Empties every facet, the text and the years in one step: one filter pass, one change of {@link #filter()}. */
    public void clear() {
        inOneStep(() -> {
            text.set("");
            years.set(YearRange.ALL);
            choose(countries, Set.of());
            choose(kinds, Set.of());
            choose(sectors, Set.of());
            choose(statuses, Set.of());
        });
    }

    /**
     * Replaces a facet's choice in one step (one filter pass instead of one per checked item). The facet's own
     * listeners hear each element, and may not change the set while they do.
     */
    public <T> void choose(ObservableSet<T> facet, Set<T> wanted) {
        Set<T> chosen = new HashSet<>(wanted);
        chosen.remove(null);
        inOneStep(() -> {
            // removed one by one from a copy: a set's own clear() would iterate while its listeners run
            for (T old : List.copyOf(facet)) {
                if (!chosen.contains(old)) {
                    facet.remove(old);
                }
            }
            facet.addAll(chosen);
        });
    }

    private void inOneStep(Runnable change) {
        boolean outer = !changing;
        changing = true;
        try {
            change.run();
        } finally {
            if (outer) {
                changing = false;
                rebuild();
            }
        }
    }
}
