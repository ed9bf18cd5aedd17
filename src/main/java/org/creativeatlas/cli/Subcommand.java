package org.creativeatlas.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every subcommand is given by picocli: the top command (the catalogue to open, the output streams) and its
 * own spec (for parameter errors that name the command). picocli fills annotated fields of superclasses too.
 */
abstract class Subcommand implements Callable<Integer> {

    @ParentCommand
    AtlasCommand atlas;

    @Spec
    CommandSpec spec;
}
