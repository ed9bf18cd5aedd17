package org.creativeatlas.ui;

import java.nio.file.Path;
import java.util.List;
import org.creativeatlas.logic.DataLocation;
import org.creativeatlas.store.ServerAddress;

/**
 * What the app was started with: the catalogue ({@code --db PATH}, else the default one, which is seeded on first
 * run) and the folder of the preferences (the system property {@value #CONFIG_DIR_PROPERTY}, else the platform's
 * config folder).
 */
public record StartupOptions(Path catalogue, boolean isDefault, Path configDir, ServerAddress server) {

    public static final String CONFIG_DIR_PROPERTY = "atlas.config.dir";

    /** Starts on a file, or on the default catalogue. */
    public StartupOptions(Path catalogue, boolean isDefault, Path configDir) {
        this(catalogue, isDefault, configDir, null);
    }

    public static StartupOptions parse(List<String> args, DataLocation location) {
        String db = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--db") && i + 1 < args.size()) {
                db = args.get(++i);
            } else if (arg.startsWith("--db=")) {
                db = arg.substring("--db=".length());
            }
        }
        String configDir = System.getProperty(CONFIG_DIR_PROPERTY);
        Path config = configDir == null || configDir.isBlank() ? location.configDir() : Path.of(configDir);
        if (ServerAddress.isAddress(db)) {
            return new StartupOptions(location.defaultCatalogue(), false, config, ServerAddress.parse(db));
        }
        return db == null ? new StartupOptions(location.defaultCatalogue(), true, config)
                : new StartupOptions(Path.of(db).toAbsolutePath(), false, config);
    }
}
