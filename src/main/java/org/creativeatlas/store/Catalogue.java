package org.creativeatlas.store;

import java.nio.file.Path;
import java.time.Duration;

/** An open catalogue — a file, or a database on a server shared with colleagues — and the DAOs of its tables. */
public final class Catalogue implements AutoCloseable {

    private final Database db;
    private final ActorDao actors;
    private final LinkDao links;
    private final NameVariantDao variants;
    private final SourceDao sources;
    private final MentionDao mentions;
    private final SettingDao settings;
    private final DismissedPairDao dismissedPairs;

    private Catalogue(Database db) {
        this.db = db;
        this.actors = new ActorDao(db);
        this.links = new LinkDao(db);
        this.variants = new NameVariantDao(db);
        this.sources = new SourceDao(db);
        this.mentions = new MentionDao(db);
        this.settings = new SettingDao(db);
        this.dismissedPairs = new DismissedPairDao(db);
    }

    /** Opens (or creates) the catalogue file; throws {@link StoreException} with a user-fit message if refused. */
    public static Catalogue open(Path file) {
        return new Catalogue(Database.open(file));
    }

    /** Opens the catalogue file, waiting up to {@code busyWait} for another program that is writing to it. */
    public static Catalogue open(Path file, Duration busyWait) {
        return new Catalogue(Database.open(file, busyWait));
    }

    /**
     * Connects to a catalogue on a PostgreSQL server ({@code password} null: none, or the driver finds it in
     * {@code ~/.pgpass}); throws {@link StoreException} with a user-fit message if refused.
     */
    public static Catalogue connect(ServerAddress address, char[] password) {
        return new Catalogue(Database.connect(address, password));
    }

    public Database db() {
        return db;
    }

    /** The catalogue file; see {@link #isServer()}. */
    public Path file() {
        return db.file();
    }

    /** Whether the catalogue lives on a server rather than in a file. */
    public boolean isServer() {
        return db.isServer();
    }

    /** Where the catalogue is: the file's path, or the server's address (without a password). */
    public String location() {
        return db.isServer() ? db.server().toString() : db.file().toString();
    }

    /** The file name, or {@code database @ host}. */
    public String displayName() {
        return db.displayName();
    }

    /** Whether this client may only read (a reader on the server). */
    public boolean readOnly() {
        return db.readOnly();
    }

    /** Colleagues' changes as they are stored (none for a file). */
    public ChangeFeed changes() {
        return db.changes();
    }

    public ActorDao actors() {
        return actors;
    }

    public LinkDao links() {
        return links;
    }

    public NameVariantDao variants() {
        return variants;
    }

    public SourceDao sources() {
        return sources;
    }

    public MentionDao mentions() {
        return mentions;
    }

    public SettingDao settings() {
        return settings;
    }

    public DismissedPairDao dismissedPairs() {
        return dismissedPairs;
    }

    /** Runs {@code work} as one transaction. */
    public void inTransaction(Runnable work) {
        db.inTransaction(work);
    }

    @Override
    public void close() {
        db.close();
    }
}
