package org.creativeatlas.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every subcommand is given by picocli: the top command (the catalogue to open, the output streams) and its
 * own spec (for parameter errors that name the command). picocli fills annotated fields of superclasses too.
 */
abstract class Subcommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(Subcommand.class);

    @ParentCommand
    AtlasCommand atlas;

    @Spec
    CommandSpec spec;

    /**
     * One document's surprise (a fault in reading its actors) is logged with its trace and said in one line, and the
     * batch goes on with the next file.
     */
    void skipped(Path file, RuntimeException e) {
        LOG.error("Could not read the actors of {}", file, e);
        spec.commandLine().getErr().println(file.getFileName() + ": the actors in it could not be read (an unexpected "
                + "error, written to the log); the file was skipped");
    }
}
