package org.creativeatlas.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.creativeatlas.model.Source;

/** The {@code source} table: documents with their full text. */
public final class SourceDao {

    private static final String SELECT = "SELECT id, title, file_name, language, date, sha256, text FROM source";

    private final Database db;

    public SourceDao(Database db) {
        this.db = db;
    }

    public List<Source> all() {
        return db.query(SELECT + " ORDER BY id", SourceDao::map);
    }

    public Optional<Source> byId(long id) {
        return db.query(SELECT + " WHERE id = ?", SourceDao::map, id).stream().findFirst();
    }

    public Optional<Source> bySha256(String sha256) {
        return db.query(SELECT + " WHERE sha256 = ?", SourceDao::map, sha256).stream().findFirst();
    }

    public Source insert(Source s) {
        return s.withId(db.insert("INSERT INTO source (title, file_name, language, date, sha256, text) "
                + "VALUES (?,?,?,?,?,?)", s.title(), s.fileName(), s.language(), s.date(), s.sha256(), s.text()));
    }

    /** Stores sources with their own ids in one transaction (copying a catalogue). */
    public void insertAllWithIds(List<Source> sources) {
        db.inTransaction(() -> {
            db.bulkInsert("source", List.of("id", "title", "file_name", "language", "date", "sha256", "text"), List.of(),
                    sources.stream().map(s -> new Object[] {s.id(), s.title(), s.fileName(), s.language(), s.date(),
                        s.sha256(), s.text()}).toList());
            db.afterExplicitIds("source");
        });
    }

    /** Stores a source again with the id it had (an undone import redone). */
    public void insertWithId(Source s) {
        db.inTransaction(() -> {
            db.update("INSERT INTO source (id, title, file_name, language, date, sha256, text) VALUES (?,?,?,?,?,?,?)",
                    s.id(), s.title(), s.fileName(), s.language(), s.date(), s.sha256(), s.text());
            db.afterExplicitIds("source");
        });
    }

    /** Deletes a source with its mentions. */
    public void delete(long id) {
        db.update("DELETE FROM source WHERE id = ?", id);
    }

    public long count() {
        return db.query("SELECT count(*) FROM source", rs -> rs.getLong(1)).get(0);
    }

    static Source map(ResultSet rs) throws SQLException {
        return new Source(rs.getLong("id"), rs.getString("title"), rs.getString("file_name"), rs.getString("language"),
                rs.getString("date"), rs.getString("sha256"), rs.getString("text"));
    }
}
