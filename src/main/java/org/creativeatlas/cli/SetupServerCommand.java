package org.creativeatlas.cli;

import java.util.ArrayList;
import java.util.List;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.store.ServerRoles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code setup-server}: a team catalogue's tables and its editor and reader roles, run by its owner. */
@Command(name = "setup-server", mixinStandardHelpOptions = true,
        description = {"Prepares a team catalogue on a PostgreSQL server, connected as the database's owner (--db "
                + "postgresql://owner@host/database): creates or updates its tables, the group roles atlas_editor "
                + "(read and write) and atlas_reader (read only) with their rights, and makes the named login roles "
                + "members. Run it again after an upgrade.",
            "Researchers' own login roles are made by the administrator, e.g. in psql: "
                + "CREATE ROLE alice LOGIN PASSWORD '...'; then: setup-server --editor alice"})
final class SetupServerCommand extends Subcommand {

    @Option(names = "--editor", paramLabel = "ROLE", description = "A login role that may read and write.")
    private List<String> editors = new ArrayList<>();

    @Option(names = "--reader", paramLabel = "ROLE", description = "A login role that may only read.")
    private List<String> readers = new ArrayList<>();

    @Override
    public Integer call() {
        try (Catalogue catalogue = atlas.openCatalogue()) {
            if (!catalogue.isServer()) {
                throw new ParameterException(spec.commandLine(), "setup-server needs --db postgresql://owner@host/database");
            }
            ServerRoles.setUp(catalogue, editors, readers);
            atlas.out().printf("%s is ready: format %d, roles %s and %s%s%n", catalogue.location(),
                    catalogue.db().schemaVersion(), ServerRoles.EDITOR, ServerRoles.READER,
                    editors.isEmpty() && readers.isEmpty() ? "" : " (members: " + String.join(", ", members()) + ")");
        }
        return 0;
    }

    private List<String> members() {
        List<String> out = new ArrayList<>();
        editors.forEach(e -> out.add(e + " edits"));
        readers.forEach(r -> out.add(r + " reads"));
        return out;
    }
}
