package org.creativeatlas.logic.sheets;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Coded;

/**
 * Which actor field each column of a sheet fills ({@code null}: the column is left out), for actors of one type, and
 * the values a researcher read by hand: {@code choices} maps a column to its cell texts and the code each stands for
 * (a country, kind, sector, status or mode code; "" for "leave empty"), overriding the import's own reading.
 */
public record ColumnMapping(ActorType type, List<ActorField> fields, Map<Integer, Map<String, String>> choices) {

    public ColumnMapping {
        fields = Collections.unmodifiableList(new ArrayList<>(fields));
        Map<Integer, Map<String, String>> copy = new HashMap<>();
        choices.forEach((column, texts) -> copy.put(column, Map.copyOf(texts)));
        choices = Map.copyOf(copy);
    }

    public ColumnMapping(ActorType type, List<ActorField> fields) {
        this(type, fields, Map.of());
    }

    /**
     * The mapping with column {@code column} set to {@code field} (or left out), as a wizard's picker changes it;
     * values chosen for the column's old field are dropped.
     */
    public ColumnMapping with(int column, ActorField field) {
        List<ActorField> copy = new ArrayList<>(fields);
        copy.set(column, field);
        Map<Integer, Map<String, String>> kept = new HashMap<>(choices);
        kept.remove(column);
        return new ColumnMapping(type, copy, kept);
    }

    /** The mapping with the cell text {@code text} of column {@code column} read as {@code code}. */
    public ColumnMapping choose(int column, String text, String code) {
        Map<Integer, Map<String, String>> copy = new HashMap<>(choices);
        Map<String, String> texts = new HashMap<>(copy.getOrDefault(column, Map.of()));
        texts.put(text, code);
        copy.put(column, texts);
        return new ColumnMapping(type, fields, copy);
    }

    /** The code chosen by hand for a cell text of a column, or {@code null} when the import's rules read it. */
    public String chosen(int column, String text) {
        Map<String, String> texts = choices.get(column);
        return texts == null ? null : texts.get(text);
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
