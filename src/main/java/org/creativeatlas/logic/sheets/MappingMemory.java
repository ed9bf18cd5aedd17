package org.creativeatlas.logic.sheets;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.creativeatlas.logic.FileReplacer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers the column mapping a researcher chose for a sheet, keyed by its header row (each header folded), in
 * {@code sheet-mappings.json} in the user's config folder: the next sheet with the same headers maps itself.
 * A convenience: an unreadable or unwritable file is logged and ignored.
 */
public final class MappingMemory {

    /**
     * A remembered choice: the import's type ("organisation", ... or "affiliation"), each column's target, and the
     * codes chosen by hand for cell texts by column (as {@link ColumnMapping#choices}; files written before there
     * were such choices have none).
     */
    public record Saved(String type, List<String> targets, Map<Integer, Map<String, String>> values) {
        public Saved {
            values = values == null ? Map.of() : values;
        }
    }

    public static final String FILE = "sheet-mappings.json";
    public static final String AFFILIATION = "affiliation";
    private static final Logger LOG = LoggerFactory.getLogger(MappingMemory.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public MappingMemory(Path configDir) {
        this.file = configDir.resolve(FILE);
    }

    public Optional<Saved> recall(List<String> headers) {
        return Optional.ofNullable(load().get(key(headers)));
    }

    public void remember(List<String> headers, Saved choice) {
        Map<String, Saved> all = load();
        all.put(key(headers), choice);
        try {
            Files.createDirectories(file.getParent());
            FileReplacer.write(file, out -> JSON.writeValue(out, all));
        } catch (IOException e) {
            LOG.warn("Cannot save the column mapping to {}: {}", file, e.getMessage());
        }
    }

    /** The header row folded, so "Название;Страна" and "название ; СТРАНА" are one sheet layout. */
    static String key(List<String> headers) {
        return String.join(" | ", headers.stream().map(Words::key).toList());
    }

    private Map<String, Saved> load() {
        if (!Files.isRegularFile(file)) {
            return new TreeMap<>();
        }
        try {
            return new TreeMap<>(JSON.readValue(file.toFile(), new TypeReference<Map<String, Saved>>() { }));
        } catch (IOException e) {
            LOG.warn("Ignoring unreadable column mappings {}: {}", file, e.getMessage());
            return new TreeMap<>();
        }
    }
}
