package org.creativeatlas.logic.sheets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;

/**
 * A column mapping written by hand for the command line: {@code {"columns": {"Header": "field", ...}}}, fields by
 * code ({@code name}, {@code country}, ...; for relationship sheets {@code person}, {@code organisation},
 * {@code role}, {@code from}, {@code to}); headers not named are left out. For actor sheets an optional
 * {@code "values": {"Header": {"cell text": "code", ...}}} says what cell texts of a code-list column mean, where
 * the import's own reading would be wrong or fail (codes as {@link ValueCodes} accepts them).
 */
public final class MappingFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final JsonNode columns;
    private final JsonNode values;

    private MappingFile(String name, JsonNode columns, JsonNode values) {
        this.name = name;
        this.columns = columns;
        this.values = values;
    }

    public static MappingFile read(Path file) {
        String name = String.valueOf(file.getFileName());
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new SheetException("Cannot read the mapping " + name + ": " + e.getMessage(), e);
        }
        JsonNode columns = root == null ? null : root.path("columns");
        if (columns == null || !columns.isObject()) {
            throw new SheetException("The mapping " + name + " must be {\"columns\": {\"header\": \"field\", ...}}.");
        }
        JsonNode values = root.path("values");
        if (!values.isMissingNode() && !values.isObject()) {
            throw new SheetException("The mapping " + name + ": \"values\" must be "
                    + "{\"header\": {\"cell text\": \"code\", ...}, ...}.");
        }
        return new MappingFile(name, columns, values);
    }

    /** The columns of a relationship sheet; values chosen by hand mean nothing there and are refused. */
    public LinkColumns links(List<String> headers) {
        if (!values.isMissingNode() && !values.isEmpty()) {
            throw new SheetException("The mapping " + name + ": \"values\" apply to sheets of actors, "
                    + "not to relationship rows.");
        }
        return LinkColumns.of(targets(headers));
    }

    /** The mapping of an actor sheet: each column's field, and the values chosen for cell texts, each checked. */
    public ColumnMapping actors(ActorType type, List<String> headers) {
        ColumnMapping mapping = ColumnMapping.of(type, targets(headers));
        for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> column = it.next();
            mapping = choose(mapping, headers, column.getKey(), column.getValue());
        }
        return mapping;
    }

    private ColumnMapping choose(ColumnMapping mapping, List<String> headers, String header, JsonNode texts) {
        List<Integer> at = new ArrayList<>();
        for (int c = 0; c < headers.size(); c++) {
            if (headers.get(c).equals(header)) {
                at.add(c);
            }
        }
        String where = "The mapping " + name + ": \"values\" for \"" + header + "\"";
        if (at.isEmpty()) {
            throw new SheetException(where + ": the sheet has no such column.");
        }
        ActorField field = mapping.fields().get(at.get(0));
        if (field == null || !ValueCodes.FIELDS.contains(field)) {
            throw new SheetException(where + ": the column must be mapped to country, kind, sectors, status or mode.");
        }
        if (!texts.isObject()) {
            throw new SheetException(where + " must be {\"cell text\": \"code\", ...}.");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = texts.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> value = it.next();
            String code = value.getValue().isTextual() ? value.getValue().asText().strip() : null;
            if (code == null || !ValueCodes.allows(mapping.type(), field, code)) {
                throw new SheetException(where + ": " + value.getValue() + " cannot stand for \"" + value.getKey()
                        + "\"; use " + ValueCodes.expected(mapping.type(), field) + ".");
            }
            for (int c : at) {
                mapping = mapping.choose(c, value.getKey().strip(), code);
            }
        }
        return mapping;
    }

    /** Each header's target code, in the sheet's column order (null where the file does not name the header). */
    private List<String> targets(List<String> headers) {
        List<String> out = new ArrayList<>();
        for (String header : headers) {
            JsonNode target = columns.get(header);
            out.add(target == null || target.isNull() ? null : target.asText());
        }
        return out;
    }
}
