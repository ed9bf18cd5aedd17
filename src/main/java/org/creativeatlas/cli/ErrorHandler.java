package org.creativeatlas.cli;

import java.util.List;
import org.creativeatlas.logic.exchange.CatalogueFormatException;
import org.creativeatlas.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns failures into exit codes and one line on stderr: a bad argument or a problem with the user's files
 * (refused catalogue, malformed JSON, missing file) exits 1 with the message as it is; anything else is a bug,
 * logged once with its stack trace, and exits 2.
 */
final class ErrorHandler implements IParameterExceptionHandler, IExecutionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        String message = oneLine(e.getMessage());
        String hint = "";
        if (e instanceof UnmatchedArgumentException unmatched) {
            hint = suggestion(unmatched.getSuggestions());
            String first = unmatched.getUnmatched().isEmpty() ? "" : unmatched.getUnmatched().get(0);
            if (!cmd.getSubcommands().isEmpty() && !first.startsWith("-")) {
                message = "Unknown command '" + first + "'";
                hint += (hint.isEmpty() ? "." : "") + " Commands: " + String.join(", ", cmd.getSubcommands().keySet())
                        + ".";
            }
        }
        cmd.getErr().println(message + hint + " (see: " + cmd.getCommandSpec().qualifiedName() + " --help)");
        return AtlasCommand.USER_ERROR;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        if (e instanceof StoreException || e instanceof CatalogueFormatException || e instanceof UserError) {
            LOG.debug("{} refused", cmd.getCommandName(), e);
            cmd.getErr().println(oneLine(e.getMessage()));
            return AtlasCommand.USER_ERROR;
        }
        LOG.error("Internal error in {}", cmd.getCommandSpec().qualifiedName(), e);
        cmd.getErr().println("Internal error (" + oneLine(String.valueOf(e)) + "). Please report it with the log "
                + "above.");
        return AtlasCommand.INTERNAL_ERROR;
    }

    private static String suggestion(List<String> suggestions) {
        return suggestions.isEmpty() ? "" : "; did you mean " + String.join(" or ", suggestions) + "?";
    }

    /** The user gets one line whatever the message holds. */
    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
