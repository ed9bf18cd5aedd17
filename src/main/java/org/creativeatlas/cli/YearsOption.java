package org.creativeatlas.cli;

import org.creativeatlas.logic.time.YearRange;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The --years option (2021-2025, 2021, 2021-, -2025) as every command that takes it reads it; none: all years. */
final class YearsOption {

    static final String DESCRIPTION = "Only the actors dated in these years, e.g. 2021-2025, 2021, 2021- or -2025: "
            + "events held then, organisations and platforms there then; actors without a year (people among them) "
            + "stay.";

    private YearsOption() {
    }

    static YearRange parse(String text, CommandSpec spec) {
        if (text == null) {
            return YearRange.ALL;
        }
        try {
            return YearRange.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--years: " + e.getMessage());
        }
    }
}
