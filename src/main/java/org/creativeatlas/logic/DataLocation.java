package org.creativeatlas.logic;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Creative Atlas keeps its files by default: the catalogue under the platform's data folder
 * ({@code $XDG_DATA_HOME/creative-atlas/atlas.db}, else {@code ~/.local/share/creative-atlas/atlas.db} on Linux;
 * {@code %APPDATA%\Creative Atlas} on Windows; {@code ~/Library/Application Support/Creative Atlas} on macOS)
 * and the user's preferences under the matching config folder.
 */
public record DataLocation(Path dataDir, Path configDir) {

    public static final String CATALOGUE_FILE = "atlas.db";

    public static DataLocation forThisMachine() {
        return of(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    static DataLocation of(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            Path appData = env.containsKey("APPDATA") ? Path.of(env.get("APPDATA")) : home.resolve("AppData/Roaming");
            Path dir = appData.resolve("Creative Atlas");
            return new DataLocation(dir, dir);
        }
        if (os.contains("mac")) {
            Path dir = home.resolve("Library/Application Support/Creative Atlas");
            return new DataLocation(dir, dir);
        }
        Path data = xdg(env, "XDG_DATA_HOME", home.resolve(".local/share"));
        Path config = xdg(env, "XDG_CONFIG_HOME", home.resolve(".config"));
        return new DataLocation(data.resolve("creative-atlas"), config.resolve("creative-atlas"));
    }

    private static Path xdg(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        // the XDG spec says relative values are invalid and must be ignored
        return value != null && !value.isBlank() && Path.of(value).isAbsolute() ? Path.of(value) : fallback;
    }

    public Path defaultCatalogue() {
        return dataDir.resolve(CATALOGUE_FILE);
    }
}
