package org.creativeatlas.store;

import java.nio.file.Path;
import java.time.Duration;

/** An open catalogue file and the DAOs of its tables. */
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

    public Database db() {
        return db;
    }

    public Path file() {
        return db.file();
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
