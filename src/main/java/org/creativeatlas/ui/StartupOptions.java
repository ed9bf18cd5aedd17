package org.creativeatlas.ui;

import java.nio.file.Path;
import java.util.List;
import org.creativeatlas.logic.DataLocation;

/**
 * What the app was started with: the catalogue ({@code --db PATH}, else the default one, which is seeded on first
 * run) and the folder of the preferences (the system property {@value #CONFIG_DIR_PROPERTY}, else the platform's
 * config folder).
 */
public record StartupOptions(Path catalogue, boolean isDefault, Path configDir) {

    public static final String CONFIG_DIR_PROPERTY = "atlas.config.dir";

    public static StartupOptions parse(List<String> args, DataLocation location) {
        Path db = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--db") && i + 1 < args.size()) {
                db = Path.of(args.get(++i));
            } else if (arg.startsWith("--db=")) {
                db = Path.of(arg.substring("--db=".length()));
            }
        }
        String configDir = System.getProperty(CONFIG_DIR_PROPERTY);
        Path config = configDir == null || configDir.isBlank() ? location.configDir() : Path.of(configDir);
        return db == null ? new StartupOptions(location.defaultCatalogue(), true, config)
                : new StartupOptions(db.toAbsolutePath(), false, config);
    }
}
