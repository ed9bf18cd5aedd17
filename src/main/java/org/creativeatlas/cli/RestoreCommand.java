package org.creativeatlas.cli;

import static org.creativeatlas.logic.English.count;

import java.nio.file.Path;
import org.creativeatlas.logic.backup.BackupException;
import org.creativeatlas.logic.backup.BackupInfo;
import org.creativeatlas.logic.backup.BackupService;
import org.creativeatlas.store.Catalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code restore}: the catalogue's content replaced by a backup's, the current state backed up first. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replaces the catalogue's content with that of a backup file (checked first), after backing "
                + "up the current state to the backups folder. Nothing changes if either step fails."})
final class RestoreCommand extends Subcommand {

    @Parameters(paramLabel = "FILE", description = "The backup to restore (see: backup).")
    private Path file;

    @Override
    public Integer call() {
        try (Catalogue catalogue = atlas.openCatalogue()) {
            BackupInfo before = new BackupService(catalogue).restore(file);
            atlas.out().printf("Restored %s from %s (%s, %s); the state before is in %s%n", catalogue.location(),
                    file, count(catalogue.actors().count(), "actor"), count(catalogue.links().count(), "link"),
                    before.file());
        } catch (BackupException e) {
            throw new UserError(e.getMessage(), e);
        }
        return 0;
    }
}
