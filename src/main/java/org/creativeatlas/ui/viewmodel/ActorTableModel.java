package org.creativeatlas.ui.viewmodel;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.creativeatlas.logic.filter.ActorFilter;
import org.creativeatlas.model.ActorType;

/**
 * The rows of one actor type and the filtered view a table shows. Rows the researcher just added or edited stay
 * in view until the filter changes, so a new row without a country does not vanish under a country filter.
 */
public final class ActorTableModel {

    private final ActorType type;
    private final ObservableList<ActorItem> items =
            FXCollections.observableArrayList(item -> new Observable[] {item.rowProperty()});
    private final FilteredList<ActorItem> shown = new FilteredList<>(items);
    private final Set<Long> pinned = new HashSet<>();
    private final IntegerBinding total = Bindings.size(items);
    private final IntegerBinding shownCount = Bindings.size(shown);

    ActorTableModel(ActorType type, List<ActorItem> rows, ObservableValue<ActorFilter> filter) {
        this.type = type;
        items.setAll(rows);
        shown.predicateProperty().bind(filter.map(this::predicate));
    }

    /**
     * The predicate of a new filter, which lets go of the pinned rows. Cleared here, not in a change listener:
     * the bound predicate refilters on invalidation, before change listeners run, which kept pinned rows through
     * the first filter change.
     */
    private Predicate<ActorItem> predicate(ActorFilter filter) {
        pinned.clear();
        if (filter.isEmpty()) {
            return null;
        }
        return item -> pinned.contains(item.id()) || filter.test(item.row());
    }

    public ActorType type() {
        return type;
    }

    /** Every row of this type, unfiltered. */
    public ObservableList<ActorItem> items() {
        return items;
    }

    /** The rows the filter keeps; a table wraps this in its own sorted list. */
    public ObservableList<ActorItem> shown() {
        return shown;
    }

    public IntegerBinding total() {
        return total;
    }

    public IntegerBinding shownCount() {
        return shownCount;
    }

    void pin(long id) {
        pinned.add(id);
    }

    /** Pins a row and shows it at once if the filter hid it. */
    void reveal(long id) {
        if (pinned.add(id)) {
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).id() == id) {
                    // a replacement makes the filtered view test the row again
                    items.set(i, items.get(i));
                    return;
                }
            }
        }
    }

    void add(ActorItem item) {
        items.add(item);
    }

    void removeAll(Collection<Long> ids) {
        items.removeIf(item -> ids.contains(item.id()));
    }
}
