package org.creativeatlas.ui.sheets;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** One column of the sheet: its header and what it is mapped to (a field or relationship part code; null: left out). */
public record ColumnChoice(String header, ObjectProperty<String> target) {

    public ColumnChoice(String header, String target) {
        this(header, new SimpleObjectProperty<>(target));
    }
}
