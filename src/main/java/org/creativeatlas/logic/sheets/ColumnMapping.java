package org.creativeatlas.logic.sheets;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Coded;

/** Which actor field each column of a sheet fills ({@code null}: the column is left out), for actors of one type. */
public record ColumnMapping(ActorType type, List<ActorField> fields) {

    public ColumnMapping {
        fields = Collections.unmodifiableList(new ArrayList<>(fields));
    }

    /** The mapping with column {@code column} set to {@code field} (or left out), as a wizard's picker changes it. */
    public ColumnMapping with(int column, ActorField field) {
        List<ActorField> copy = new ArrayList<>(fields);
        copy.set(column, field);
        return new ColumnMapping(type, copy);
    }

    public boolean maps(ActorField field) {
        return fields.contains(field);
    }

    /** The field codes by column, as remembered and as mapping files hold them. */
    public List<String> codes() {
        return fields.stream().map(f -> f == null ? null : f.code()).toList();
    }

    /** A mapping from field codes by column; an unknown code is refused with a message. */
    public static ColumnMapping of(ActorType type, List<String> codes) {
        List<ActorField> fields = new ArrayList<>();
        for (String code : codes) {
            Optional<ActorField> field = code == null ? Optional.empty() : Coded.parse(ActorField.class, code);
            if (code != null && field.isEmpty()) {
                throw new SheetException("Unknown field \"" + code + "\" in the column mapping.");
            }
            fields.add(field.orElse(null));
        }
        return new ColumnMapping(type, fields);
    }
}
