package org.creativeatlas.store;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The {@code setting} table: values that belong to the catalogue itself. */
public final class SettingDao {

    private final Database db;

    public SettingDao(Database db) {
        this.db = db;
    }

    public Optional<String> get(String key) {
        return db.query("SELECT value FROM setting WHERE key = ?", rs -> rs.getString(1), key).stream().findFirst();
    }

    public void put(String key, String value) {
        db.update("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                key, value);
    }

    public Map<String, String> all() {
        Map<String, String> out = new TreeMap<>();
        db.query("SELECT key, value FROM setting", rs -> out.put(rs.getString(1), rs.getString(2)));
        return out;
    }
}
