package org.creativeatlas.ui.viewmodel;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.creativeatlas.logic.filter.ActorRow;
import org.creativeatlas.model.Actor;

/**
 * One row of a table. The row changes in place when its actor is edited, so the table keeps its selection and
 * scroll position, and the filtered and sorted views hear of it through the list's extractor.
 */
public final class ActorItem {

    private final long id;
    private final ReadOnlyObjectWrapper<ActorRow> row;

    private final NameOrder names;
    private int nameRank;

    ActorItem(ActorRow row, NameOrder names) {
        this.id = row.id();
        this.names = names;
        this.row = new ReadOnlyObjectWrapper<>(this, "row", row);
        this.nameRank = names.rank(row.actor().name());
    }

    public long id() {
        return id;
    }

    public ActorRow row() {
        return row.get();
    }

    public Actor actor() {
        return row.get().actor();
    }

    public ReadOnlyObjectProperty<ActorRow> rowProperty() {
        return row.getReadOnlyProperty();
    }

    /** The name's place in alphabet order among the names known at opening, -1 if not known (see {@link NameOrder}). */
    int nameRank() {
        return nameRank;
    }

    void update(ActorRow newRow) {
        nameRank = names.rank(newRow.actor().name());
        row.set(newRow);
    }

    @Override
    public String toString() {
        return actor().name();
    }
}
