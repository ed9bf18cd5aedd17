package org.creativeatlas.cli;

import static org.creativeatlas.logic.English.count;

import org.creativeatlas.logic.backup.BackupException;
import org.creativeatlas.logic.backup.BackupInfo;
import org.creativeatlas.logic.backup.BackupService;
import org.creativeatlas.store.Catalogue;
import picocli.CommandLine.Command;

/** {@code backup}: a consistent copy of the catalogue in the backups folder beside it. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Writes a consistent copy of the catalogue (SQLite online backup) to the backups folder beside "
                + "it, then keeps the last 10 backups and one per day for a week, and lists them."})
final class BackupCommand extends Subcommand {

    @Override
    public Integer call() {
        try (Catalogue catalogue = atlas.openCatalogue()) {
            BackupService backups = new BackupService(catalogue);
            BackupInfo made = backups.backup();
            atlas.out().printf("Backed up %s, %s and %s to %s%n", count(made.actors(), "actor"),
                    count(made.links(), "link"), count(made.sources(), "source"), made.file());
            for (BackupInfo b : backups.list()) {
                atlas.out().printf("  %s  %s%n", b.takenAt().withNano(0), b.readable() ? count(b.actors(), "actor")
                        + ", " + count(b.links(), "link") + ", " + count(b.sources(), "source") : "unreadable");
            }
        } catch (BackupException e) {
            throw new UserError(e.getMessage(), e);
        }
        return 0;
    }
}
