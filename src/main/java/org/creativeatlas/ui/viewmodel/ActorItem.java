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

    public ActorItem(ActorRow row) {
        this.id = row.id();
        this.row = new ReadOnlyObjectWrapper<>(this, "row", row);
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

    void update(ActorRow newRow) {
        row.set(newRow);
    }

    @Override
    public String toString() {
        return actor().name();
    }
}
