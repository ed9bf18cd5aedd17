package org.creativeatlas.ui.table;

import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;

/** Makes the right {@link FieldEditor} for a field. */
public final class FieldEditors {

    private FieldEditors() {
    }

    public static FieldEditor create(ActorType type, ActorField field, FieldFormat format) {
        return switch (FieldFormat.input(field)) {
            case TEXT -> new TextEditor(false, v -> format.display(field, v));
            case LONG_TEXT -> new TextEditor(true, v -> format.display(field, v));
            case CHOICE -> new ChoiceEditor(format.choices(type, field));
            case SECTORS -> new SectorsEditor(format::sectorLabel, v -> format.display(field, v));
        };
    }
}
