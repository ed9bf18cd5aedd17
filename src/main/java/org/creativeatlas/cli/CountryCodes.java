package org.creativeatlas.cli;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.creativeatlas.model.Countries;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The --country option's codes, upper-cased and checked, as every command that takes it reads them. */
final class CountryCodes {

    private CountryCodes() {
    }

    static Set<String> parse(List<String> countries, CommandSpec spec) {
        List<String> codes = countries.stream().map(c -> c.strip().toUpperCase(Locale.ROOT))
                .filter(c -> !c.isEmpty()).toList();
        for (String code : codes) {
            if (!Countries.isKnown(code)) {
                throw new ParameterException(spec.commandLine(), "Unknown country code " + code
                        + ": use ISO 3166-1 alpha-2 codes such as KZ, KG, UZ, TJ, TM.");
            }
        }
        return Set.copyOf(codes);
    }
}
