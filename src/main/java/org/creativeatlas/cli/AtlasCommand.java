package org.creativeatlas.cli;

import java.io.Console;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import org.creativeatlas.logic.DataLocation;
import org.creativeatlas.logic.SeedCatalogue;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.store.PasswordFile;
import org.creativeatlas.store.ServerAddress;
import org.creativeatlas.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The headless command line, {@code creative-atlas <command>}: the same jar as the app, no display needed.
 * Exit codes: 0 done, 1 a problem the user can fix (one line on stderr), 2 an internal error (logged).
 */
@Command(name = "creative-atlas", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true, synopsisSubcommandLabel = "COMMAND",
        customSynopsis = {"creative-atlas COMMAND [--db=PATH] [OPTIONS...]", "creative-atlas (-h | -V)"},
        subcommands = {StatsCommand.class, ExportCommand.class, ImportCatalogueCommand.class, ExtractCommand.class,
            ImportCommand.class, BenchCommand.class, ReportCommand.class, MapCommand.class, ImportCsvCommand.class,
            BackupCommand.class, RestoreCommand.class, TrainCommand.class, CopyCommand.class, SetupServerCommand.class,
            CommandLine.HelpCommand.class},
        description = {"Creative Atlas without its window: statistics; catalogues, spreadsheets and networks in and "
                + "out; actors extracted from documents; the mapping report; backups; a benchmark.",
            "Without a command, java -jar creative-atlas.jar opens the desktop app."},
        footer = {"", "Every command works on the default catalogue (created from the seed catalogue on first use) "
                + "unless --db names another file.",
            "Exit codes: 0 done, 1 a problem with the input or the catalogue file (one line on stderr), "
                + "2 an internal error."})
public final class AtlasCommand implements Runnable {

    static final int USER_ERROR = 1;
    static final int INTERNAL_ERROR = 2;

    @Option(names = "--db", paramLabel = "PATH|URL", scope = ScopeType.INHERIT,
            description = "Catalogue file to work on (default: the catalogue the app opens). "
                    + "A file that does not exist yet is created empty. A team catalogue on a PostgreSQL server: "
                    + "postgresql://[user@]host[:port]/database[?sslmode=require]; the password comes from "
                    + "PGPASSWORD or ~/.pgpass, or is asked for.")
    private String db;

    @Spec
    private CommandSpec spec;

    private final PrintStream out;

    private AtlasCommand(PrintStream out) {
        this.out = out;
    }

    public static int run(String... args) {
        return run(System.out, System.err, args);
    }

    static int run(PrintStream out, PrintStream err, String... args) {
        CommandLine cli = commandLine(out);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        ErrorHandler handler = new ErrorHandler();
        cli.setParameterExceptionHandler(handler);
        cli.setExecutionExceptionHandler(handler);
        return cli.execute(args);
    }

    private static CommandLine commandLine(PrintStream out) {
        return new CommandLine(new AtlasCommand(out));
    }

    /** Where commands print their results (stdout unless a test captures it). */
    PrintStream out() {
        return out;
    }

    /** Opens the catalogue named by --db, or the default one, seeding it if it does not exist yet. */
    Catalogue openCatalogue() {
        return db == null ? SeedCatalogue.openDefault(DataLocation.forThisMachine().defaultCatalogue())
                : open(db);
    }

    /** Opens a file, or connects to a server with the password from PGPASSWORD, ~/.pgpass or the console. */
    static Catalogue open(String location) {
        if (!ServerAddress.isAddress(location)) {
            return Catalogue.open(Path.of(location));
        }
        ServerAddress address = ServerAddress.parse(location);
        char[] password = PasswordFile.lookup(address).orElse(null);
        try {
            return Catalogue.connect(address, password);
        } catch (StoreException e) {
            Console console = System.console();
            if (password != null || console == null || !e.getMessage().contains("password")) {
                throw e;
            }
            char[] typed = console.readPassword("Password for %s: ", address);
            if (typed == null) {
                throw e;
            }
            try {
                return Catalogue.connect(address, typed);
            } finally {
                Arrays.fill(typed, '\0');
            }
        }
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()) + ".");
    }
}
