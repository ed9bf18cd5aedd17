package org.creativeatlas.logic.sheets;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Countries;
import org.creativeatlas.model.Country;

/**
 * What a researcher may choose by hand for a cell of a code-list column ({@link ColumnMapping#choose}): an ISO
 * country code, a kind of the actor type, sector codes (several joined by commas), a status or a mode code; ""
 * leaves the field empty. Codes only, not labels: a choice must mean the same in every language.
 */
public final class ValueCodes {

    /** The fields whose cells are read as codes of a list. */
    public static final Set<ActorField> FIELDS = Collections.unmodifiableSet(EnumSet.of(ActorField.KIND,
            ActorField.COUNTRY, ActorField.SECTORS, ActorField.STATUS, ActorField.MODE));

    private ValueCodes() {
    }

    /** Each single code of the field with the value it becomes, in the order pickers show them. */
    public static Map<String, Object> of(ActorType type, ActorField field) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String code : codes(type, field)) {
            out.put(code, ValueReader.read(type, field, code).value());
        }
        return out;
    }

    /** Whether {@code code} may be chosen for a cell of the field. */
    public static boolean allows(ActorType type, ActorField field, String code) {
        if (code.isEmpty()) {
            return true;
        }
        List<String> codes = codes(type, field);
        if (field == ActorField.SECTORS) {
            return Arrays.stream(code.split(",")).map(String::strip).allMatch(codes::contains);
        }
        return codes.contains(code);
    }

    /** What {@link #allows} accepts for the field, in words for a message: "one of …". */
    public static String expected(ActorType type, ActorField field) {
        return switch (field) {
            case COUNTRY -> "an ISO country code such as KG";
            case SECTORS -> "sector codes separated by commas (" + String.join(", ", codes(type, field)) + ")";
            default -> "one of " + String.join(", ", codes(type, field));
        } + ", or \"\" to leave it empty";
    }

    private static List<String> codes(ActorType type, ActorField field) {
        return switch (field) {
            case COUNTRY -> Countries.all().stream().map(Country::code).toList();
            case KIND -> type.kinds();
            case SECTORS -> ValueReader.SECTOR_CODES;
            case STATUS -> ValueReader.STATUS_CODES;
            case MODE -> ValueReader.MODE_CODES;
            default -> List.of();
        };
    }
}
