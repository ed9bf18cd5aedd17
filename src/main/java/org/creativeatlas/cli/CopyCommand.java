package org.creativeatlas.cli;

import static org.creativeatlas.logic.English.count;

import org.creativeatlas.logic.exchange.CatalogueCopy;
import org.creativeatlas.store.Catalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code copy}: a whole catalogue into an empty one, a file to a team catalogue on a server or back. */
@Command(name = "copy", mixinStandardHelpOptions = true,
        description = {"Copies a whole catalogue into an empty one, in one transaction, every row with its own id: a "
                + "file to a team catalogue on a PostgreSQL server, or a team catalogue to a file. Both then export the "
                + "same JSON.",
            "Example: copy --from project.db --to postgresql://alice@atlas.example.org/atlas"})
final class CopyCommand extends Subcommand {

    @Option(names = "--from", required = true, paramLabel = "PATH|URL", description = "The catalogue to copy.")
    private String from;

    @Option(names = "--to", required = true, paramLabel = "PATH|URL",
            description = "An empty catalogue (a new file, or an empty database on a server).")
    private String to;

    @Override
    public Integer call() {
        try (Catalogue source = AtlasCommand.open(from); Catalogue target = AtlasCommand.open(to)) {
            CatalogueCopy.Counts n = CatalogueCopy.copy(source, target);
            atlas.out().printf("Copied %s, %s, %s, %s, %s and %s from %s to %s%n", count(n.actors(), "actor"),
                    count(n.variants(), "name variant"), count(n.links(), "link"),
                    count(n.sources(), "source"), count(n.mentions(), "mention"),
                    count(n.settings(), "setting"), source.location(), target.location());
        }
        return 0;
    }
}
