package org.creativeatlas.ui.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import javafx.util.Subscription;
import org.creativeatlas.logic.filter.ActorFilter;
import org.creativeatlas.logic.filter.ActorRow;
import org.creativeatlas.logic.geo.CityGazetteer;
import org.creativeatlas.logic.map.Cluster;
import org.creativeatlas.logic.map.MapCounts;
import org.creativeatlas.logic.time.YearCounts;
import org.creativeatlas.logic.time.YearRange;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.ui.viewmodel.ActorItem;
import org.creativeatlas.ui.viewmodel.CatalogueViewModel;
import org.creativeatlas.ui.viewmodel.FilterViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The map view's state: where the actors the main filter shows are and, for the timeline, how many of those the
 * filter would show in each year if it held all years (both counted in the background after a change of the filter
 * or the catalogue, the newest count replacing any older one still running), and the place of the selected actor.
 * A click on a marker selects its actors in the whole window. Nothing runs until {@link #activate}.
 */
public final class MapViewModel implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MapViewModel.class);

    private final CatalogueViewModel catalogue;
    private final FilterViewModel filter;
    private final CityGazetteer gazetteer = CityGazetteer.standard();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "map-counts");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyObjectWrapper<MapCounts> counts = new ReadOnlyObjectWrapper<>(this, "counts",
            MapCounts.EMPTY);
    private final ReadOnlyObjectWrapper<YearCounts> yearCounts = new ReadOnlyObjectWrapper<>(this, "yearCounts",
            YearCounts.of(List.of()));
    private final ReadOnlyLongWrapper selectedPlace = new ReadOnlyLongWrapper(this, "selectedPlace", -1);
    private final Latest<MapCounts> mapCounting = new Latest<>();
    private final Latest<YearCounts> yearCounting = new Latest<>();
    /** The filter (with all years) the timeline's counts are of; null: to be counted. */
    private ActorFilter yearsCountedFor;
    private boolean active;
    private Subscription subscriptions;

    public MapViewModel(CatalogueViewModel catalogue, FilterViewModel filter) {
        this.catalogue = catalogue;
        this.filter = filter;
        subscriptions = Subscription.combine(
                filter.filter().subscribe(f -> refresh()),
                catalogue.revision().subscribe(r -> {
                    yearsCountedFor = null;
                    refresh();
                }),
                catalogue.selected().subscribe(this::placeOf));
    }

    /** Starts following the catalogue (the first time the view is shown). */
    public void activate() {
        if (!active) {
            active = true;
            refresh();
        }
    }

    private void refresh() {
        if (!active) {
            return;
        }
        // the rows are read here, on the window's thread, and counted on the worker
        List<ActorRow> rows = new ArrayList<>();
        for (ActorType type : ActorType.values()) {
            catalogue.table(type).items().forEach(i -> rows.add(i.row()));
        }
        ActorFilter shown = filter.filter().getValue();
        mapCounting.run(() -> MapCounts.of(rows, shown, gazetteer), counts::set);
        // the timeline's bars change with the rest of the filter, not with its years: choosing years on the
        // timeline counts the map alone, and the map is counted first
        ActorFilter allYears = shown.withYears(YearRange.ALL);
        if (!allYears.equals(yearsCountedFor)) {
            yearsCountedFor = allYears;
            yearCounting.run(() -> YearCounts.of(rows, ActorRow::actor, allYears), yearCounts::set);
        }
    }

    /** Counting of one kind on the worker, the newest replacing any older one still waiting or running. */
    private final class Latest<T> {
        private Task<T> running;

        void run(Supplier<T> work, Consumer<T> done) {
            cancel();
            Task<T> task = new Task<>() {
                @Override
                protected T call() {
                    return work.get();
                }
            };
            running = task;
            task.setOnSucceeded(e -> {
                if (running == task) {
                    running = null;
                    done.accept(task.getValue());
                }
            });
            task.setOnFailed(e -> LOG.error("The map could not count the actors", task.getException()));
            worker.execute(task);
        }

        void cancel() {
            if (running != null) {
                running.cancel();
            }
        }
    }

    private void placeOf(ActorItem item) {
        Actor a = item == null ? null : item.actor();
        selectedPlace.set(a == null ? -1 : gazetteer.find(a.city(), a.country()).map(p -> p.id()).orElse(-1L));
    }

    /** Selects the actors of a marker in the tables, the detail pane and the network. */
    public void select(Cluster cluster) {
        catalogue.selectGroup(Arrays.stream(cluster.ids()).boxed().toList());
    }

    /** Up to {@code max} of the actors with these ids, in that order. */
    public List<ActorItem> items(long[] ids, int max) {
        List<ActorItem> items = new ArrayList<>();
        for (int i = 0; i < ids.length && items.size() < max; i++) {
            catalogue.item(ids[i]).ifPresent(items::add);
        }
        return items;
    }

    public ReadOnlyObjectProperty<MapCounts> counts() {
        return counts.getReadOnlyProperty();
    }

    /** Per year, the actors the filter shows with all years: what the timeline draws. */
    public ReadOnlyObjectProperty<YearCounts> yearCounts() {
        return yearCounts.getReadOnlyProperty();
    }

    /** The filter's years, which the timeline shows and sets. */
    public ObjectProperty<YearRange> years() {
        return filter.years();
    }

    /** The gazetteer place of the selected actor's city, or -1. */
    public ReadOnlyLongProperty selectedPlace() {
        return selectedPlace.getReadOnlyProperty();
    }

    /** Runs export work on the view's background thread. */
    public void runInBackground(Runnable task) {
        worker.execute(task);
    }

    @Override
    public void close() {
        subscriptions.unsubscribe();
        mapCounting.cancel();
        yearCounting.cancel();
        worker.shutdownNow();
    }
}
