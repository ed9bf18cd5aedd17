package org.creativeatlas.logic.sheets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A column mapping written by hand for the command line: {@code {"columns": {"Header": "field", ...}}}, fields by
 * code ({@code name}, {@code country}, ...; for relationship sheets {@code person}, {@code organisation},
 * {@code role}, {@code from}, {@code to}); headers not named are left out.
 */
public final class MappingFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MappingFile() {
    }

    /** Each header's target code, in the sheet's column order (null where the file does not name the header). */
    public static List<String> targets(Path file, List<String> headers) {
        JsonNode columns;
        try {
            columns = JSON.readTree(file.toFile()).path("columns");
        } catch (IOException e) {
            throw new SheetException("Cannot read the mapping " + file.getFileName() + ": " + e.getMessage(), e);
        }
        if (!columns.isObject()) {
            throw new SheetException("The mapping " + file.getFileName()
                    + " must be {\"columns\": {\"header\": \"field\", ...}}.");
        }
        List<String> out = new ArrayList<>();
        for (String header : headers) {
            JsonNode target = columns.get(header);
            out.add(target == null || target.isNull() ? null : target.asText());
        }
        return out;
    }
}
