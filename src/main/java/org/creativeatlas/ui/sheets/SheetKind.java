package org.creativeatlas.ui.sheets;

import java.util.ArrayList;
import java.util.List;
import org.creativeatlas.logic.sheets.LinkColumns;
import org.creativeatlas.logic.sheets.MappingMemory;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Coded;

/** What a sheet holds: actors of one type, or relationship rows ({@code type} null) that become links. */
public record SheetKind(ActorType type) {

    public static List<SheetKind> all() {
        List<SheetKind> out = new ArrayList<>();
        for (ActorType type : ActorType.values()) {
            out.add(new SheetKind(type));
        }
        out.add(new SheetKind(null));
        return out;
    }

    /** The kind a remembered mapping names by code; organisations when the code is unknown. */
    public static SheetKind of(String code) {
        if (MappingMemory.AFFILIATION.equals(code)) {
            return new SheetKind(null);
        }
        return new SheetKind(Coded.parse(ActorType.class, code).orElse(ActorType.ORGANISATION));
    }

    public boolean links() {
        return type == null;
    }

    public String code() {
        return links() ? MappingMemory.AFFILIATION : type.code();
    }

    /** What a column can be mapped to: a field of the type, or a part of a relationship row. */
    public List<String> targets() {
        return links() ? LinkColumns.PARTS : type.fields().stream().map(Coded::code).toList();
    }
}
