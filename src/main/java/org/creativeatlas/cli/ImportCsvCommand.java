package org.creativeatlas.cli;

import static org.creativeatlas.logic.English.count;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.logic.sheets.BadRows;
import org.creativeatlas.logic.sheets.ColumnMapping;
import org.creativeatlas.logic.sheets.HeaderGuess;
import org.creativeatlas.logic.sheets.LinkColumns;
import org.creativeatlas.logic.sheets.LinkSheetImport;
import org.creativeatlas.logic.sheets.MappingFile;
import org.creativeatlas.logic.sheets.ProblemSummary;
import org.creativeatlas.logic.sheets.RowProblem;
import org.creativeatlas.logic.sheets.SheetException;
import org.creativeatlas.logic.sheets.SheetFiles;
import org.creativeatlas.logic.sheets.SheetImport;
import org.creativeatlas.logic.sheets.SheetImportResult;
import org.creativeatlas.logic.sheets.SheetRows;
import org.creativeatlas.logic.sheets.SheetTable;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Coded;
import org.creativeatlas.store.Catalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code import-csv}: the rows of a CSV or XLSX sheet as actors of one type, or as affiliations. */
@Command(name = "import-csv", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Adds the rows of a spreadsheet (.csv in any common dialect and encoding, or .xlsx) to the "
                + "catalogue in one transaction, as actors of one type, or with --type affiliation as links "
                + "(columns person, organisation, role, from, to; people and organisations are matched by name or "
                + "created).",
            "Columns are mapped from their headers in English, Russian or Kazakh unless --mapping names them; "
                + "country names, kinds, sectors, status and mode are read in any of the three languages.",
            "A mapping file may also say what cell texts mean where that reading fails or is wrong: "
                + "{\"columns\": {\"Country\": \"country\", ...}, \"values\": {\"Country\": "
                + "{\"Kyrgyz Rep.\": \"KG\"}, ...}}, by code: an ISO country code, a kind, sector (several "
                + "joined by commas), status or mode code, or \"\" for empty. An unknown code imports nothing.",
            "Rows with problems are skipped and summed up (exit 1 if no row could be imported); "
                + "--all-or-nothing imports nothing if any row has a problem."})
final class ImportCsvCommand extends Subcommand {

    private static final String AFFILIATION = "affiliation";
    private static final Map<ActorType, String> ARTICLES = Map.of(ActorType.ORGANISATION, "an organisation",
            ActorType.PLATFORM, "a platform", ActorType.EVENT, "an event", ActorType.PERSON, "a person");
    private static final Map<ActorType, String> PLURALS = Map.of(ActorType.ORGANISATION, "organisations",
            ActorType.PLATFORM, "platforms", ActorType.EVENT, "events", ActorType.PERSON, "people");

    @Parameters(paramLabel = "FILE", description = "The .csv or .xlsx file.")
    private Path file;

    @Option(names = "--type", required = true, paramLabel = "TYPE",
            description = "organisation, platform, event, person, or affiliation for relationship rows.")
    private String type;

    @Option(names = "--mapping", paramLabel = "FILE.json",
            description = "Column mapping: {\"columns\": {\"header\": \"field code\", ...}}, other columns left out; "
                    + "optionally \"values\": {\"header\": {\"cell text\": \"code\", ...}}.")
    private Path mapping;

    @Option(names = "--all-or-nothing", description = "Import nothing if any row has a problem.")
    private boolean allOrNothing;

    @Override
    public Integer call() {
        boolean links = AFFILIATION.equalsIgnoreCase(type.strip());
        ActorType actorType = links ? null : Coded.parse(ActorType.class, type).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "Unknown --type " + type + ": use organisation, platform, event, person or "
                + AFFILIATION + "."));
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), "No such file: " + file);
        }
        // the header and the mapping are read and checked before the catalogue is opened; a CSV file's rows are
        // parsed while they are stored, a relationship sheet is read whole (its rows name actors to match)
        SheetTable table = links ? read(() -> SheetFiles.read(file)) : null;
        SheetRows sheet = links ? table : read(() -> SheetFiles.open(file));
        MappingFile written = mapping == null ? null : read(() -> MappingFile.read(mapping));
        LinkColumns linkColumns = null;
        ColumnMapping columns = null;
        if (links) {
            linkColumns = written == null ? HeaderGuess.links(table.headers()) : read(() -> written.links(table.headers()));
        } else {
            columns = written == null ? HeaderGuess.actors(actorType, sheet.headers())
                    : read(() -> written.actors(actorType, sheet.headers()));
        }
        List<String> leftOut = written == null && !links ? leftOut(actorType, sheet.headers(), columns) : List.of();
        BadRows bad = allOrNothing ? BadRows.REFUSE_ALL : BadRows.SKIP;
        SheetImportResult result;
        try (Catalogue catalogue = atlas.openCatalogue()) {
            result = links ? LinkSheetImport.run(catalogue, table, linkColumns, bad)
                    : SheetImport.run(catalogue, sheet, columns, bad);
        } catch (SheetException e) {
            throw new UserError(file.getFileName() + ": " + e.getMessage(), e);
        }
        leftOut.forEach(atlas.out()::println);
        return links ? report(result, "link", "links") : report(result, actorType.code(), PLURALS.get(actorType));
    }

    /** {@code one} and {@code many}: what a row became, e.g. "person" and "people". */
    private int report(SheetImportResult result, String one, String many) {
        ProblemSummary problems = result.problems();
        // a CSV file's rows are counted as they are stored, so an empty sheet is known only here; it stored nothing
        if (problems.rows() == 0) {
            throw new UserError("The sheet has a header but no rows: nothing was imported.", null);
        }
        if (!problems.isClean()) {
            Messages messages = new Messages(Locale.ENGLISH);
            atlas.out().printf("%d of %s %s problems:%n", problems.badRows(), count(problems.rows(), "row"),
                    problems.badRows() == 1 ? "has" : "have");
            // the count line stands for many values: "Not a year: …. Write…" reads "Not a year. Write…"
            problems.countsByKey().forEach((key, n) -> atlas.out().printf("  %6d × %s%n", n,
                    messages.get(key, "…", "…", "…").replace(": ….", ".")));
            for (RowProblem p : problems.examples()) {
                atlas.out().printf("  row %d%s: %s%n", p.rowNumber(), p.column() == null ? "" : " (" + p.column() + ")",
                        messages.problem(p.problem()));
            }
        }
        if (result.refused()) {
            throw new UserError("Nothing was imported: " + count(problems.badRows(), "row has", "rows have")
                    + " problems (--all-or-nothing).", null);
        }
        atlas.out().printf("Imported %s%s; skipped %s.%n", count(result.imported(), one, many),
                result.actorsCreated() + result.actorsMatched() > 0 ? " (" + count(result.actorsCreated(), "actor")
                        + " created, " + result.actorsMatched() + " found in the catalogue)" : "",
                count(result.skipped(), "row"));
        if (result.imported() == 0 && result.skipped() > 0) {
            throw new UserError("Nothing was imported: every row has a problem.", null);
        }
        return 0;
    }

    /**
     * Names each column whose header was not read as a field of this type, so that no column is dropped without a
     * word. A mapping file leaves columns out on purpose, and is not told so.
     */
    private static List<String> leftOut(ActorType actorType, List<String> headers, ColumnMapping columns) {
        Messages messages = new Messages(Locale.ENGLISH);
        List<String> lines = new ArrayList<>();
        for (int c = 0; c < headers.size(); c++) {
            String header = headers.get(c);
            if (columns.fields().get(c) != null || header.isBlank()) {
                continue;
            }
            ActorField named = HeaderGuess.named(header).orElse(null);
            String why = named == null ? "its header names no field (a --mapping file can name it)"
                    : !actorType.fields().contains(named) ? ARTICLES.get(actorType) + " has no "
                            + messages.get("field." + named.code()).toLowerCase(Locale.ROOT)
                    : "an earlier column fills " + messages.get("field." + named.code()).toLowerCase(Locale.ROOT);
            lines.add("Column \"" + header + "\" was left out: " + why + ".");
        }
        return lines;
    }

    private <T> T read(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (SheetException e) {
            throw new UserError(e.getMessage(), e);
        }
    }
}
