package org.creativeatlas.logic.prefs;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.creativeatlas.logic.FileReplacer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the {@link UserPreferences} in {@code preferences.json} under a config folder and writes every change at
 * once (the file is tiny), through a temporary file so a crash never leaves half a file. Preferences are a
 * convenience: an unreadable or unwritable file is logged and the defaults are used.
 */
public final class PreferencesStore {

    public static final String FILE = "preferences.json";
    private static final Logger LOG = LoggerFactory.getLogger(PreferencesStore.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private UserPreferences current;

    private PreferencesStore(Path file, UserPreferences current) {
        this.file = file;
        this.current = current;
    }

    /** Reads the preferences in {@code configDir}; {@code defaultLanguage} is used when there are none yet. */
    public static PreferencesStore open(Path configDir, String defaultLanguage) {
        Path file = configDir.resolve(FILE);
        UserPreferences prefs = UserPreferences.defaults(defaultLanguage);
        if (Files.isRegularFile(file)) {
            try {
                prefs = JSON.readValue(file.toFile(), UserPreferences.class);
            } catch (IOException e) {
                LOG.warn("Ignoring unreadable preferences {}: {}", file, e.getMessage());
            }
        }
        return new PreferencesStore(file, prefs);
    }

    public UserPreferences current() {
        return current;
    }

    public void update(UnaryOperator<UserPreferences> change) {
        UserPreferences next = change.apply(current);
        if (next.equals(current)) {
            return;
        }
        current = next;
        try {
            Files.createDirectories(file.getParent());
            FileReplacer.write(file, out -> JSON.writeValue(out, current));
        } catch (IOException e) {
            LOG.warn("Cannot save preferences to {}: {}", file, e.getMessage());
        }
    }
}
