package org.creativeatlas.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.creativeatlas.logic.filter.ActorFilter;
import org.creativeatlas.logic.report.ReportListener;
import org.creativeatlas.logic.report.ReportOptions;
import org.creativeatlas.logic.report.ReportWriteException;
import org.creativeatlas.logic.report.ReportWriter;
import org.creativeatlas.store.Catalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code report}: the mapping report of the catalogue (or of some countries) as a PDF. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes the mapping report as a PDF: title page, summary with counts and a chart, "
                + "methodology, one section per country (organisations by kind, platforms, events, people, "
                + "cross-border links, sources) and an index of actor names.",
            "Fonts are embedded and the text is selectable; the file is written under a temporary name and moved "
                + "into place when complete."})
final class ReportCommand extends Subcommand {

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", required = true,
            description = "PDF file to write (replaced if it exists).")
    private Path out;

    @Option(names = "--country", paramLabel = "CODE", split = ",",
            description = "Only the actors of these countries (ISO codes, e.g. KZ,KG). Default: every country.")
    private List<String> countries = new ArrayList<>();

    @Option(names = "--years", paramLabel = "YEARS", description = YearsOption.DESCRIPTION)
    private String years;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "Language of the report's own words: en, ru or kk (default: ${DEFAULT-VALUE}). "
                    + "Actor data is printed as entered.")
    private String language;

    @Option(names = "--title", paramLabel = "TEXT", description = "Title (default: a title in the report's language).")
    private String title;

    @Option(names = "--author", paramLabel = "TEXT", description = "Author shown on the title page and in the PDF.")
    private String author;

    @Override
    public Integer call() {
        String lang = language.strip().toLowerCase(Locale.ROOT);
        if (!ReportOptions.LANGUAGES.contains(lang)) {
            throw new ParameterException(spec.commandLine(), "Unknown report language " + language
                    + ": use en, ru or kk.");
        }
        ReportOptions options = ReportOptions.of(lang)
                .withFilter(ActorFilter.NONE.withCountries(CountryCodes.parse(countries, spec))
                        .withYears(YearsOption.parse(years, spec)))
                .withTitle(title).withAuthor(author);
        try (Catalogue catalogue = atlas.openCatalogue()) {
            ReportWriter.write(catalogue, options, out, ReportListener.NONE);
        } catch (ReportWriteException e) {
            throw new UserError(e.getMessage(), e);
        }
        return 0;
    }
}
