package org.creativeatlas.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.creativeatlas.logic.FileReplacer;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.logic.exchange.CatalogueDocument;
import org.creativeatlas.logic.exchange.CatalogueExporter;
import org.creativeatlas.logic.exchange.CatalogueJson;
import org.creativeatlas.logic.filter.ActorFilter;
import org.creativeatlas.logic.graph.ActorGraph;
import org.creativeatlas.logic.graph.GraphFormat;
import org.creativeatlas.logic.sheets.ActorSheet;
import org.creativeatlas.logic.sheets.CsvSheet;
import org.creativeatlas.logic.sheets.SheetTable;
import org.creativeatlas.logic.sheets.XlsxSheet;
import org.creativeatlas.logic.time.YearRange;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Coded;
import org.creativeatlas.store.Catalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code export}: the whole catalogue as one catalogue JSON document, its network as GEXF or GraphML, or the actors
 * of one type as a CSV or XLSX table.
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes the whole catalogue (actors, name variants, links, sources with their text, mentions) "
                + "as one UTF-8 catalogue JSON document, the format import-catalogue reads.",
            "Exporting, importing into a new file and exporting again gives the same document.",
            "--format gexf or graphml writes the network of actors and their links instead (for Gephi and other "
                + "tools), with actor type, kind, country, city and sectors, and link type, role, from and to; "
                + "--country and --years keep the actors of those countries and years and the links between them.",
            "--format csv or xlsx writes the actors of one --type as a table (the type's columns, labels in "
                + "English, cells that would run as formulas neutralised), --country and --years keeping those "
                + "countries' and years' actors."})
final class ExportCommand extends Subcommand {

    /** The formats export can write: the catalogue JSON, or the network of actors. */
    enum Format { json, gexf, graphml, csv, xlsx }

    /** Writes the export's bytes to a stream. */
    private interface Body {
        void writeTo(OutputStream stream) throws IOException;
    }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "File to write (replaced if it exists; a partial file is never left behind). "
                    + "Default: standard output.")
    private Path out;

    @Option(names = "--country", paramLabel = "CODE", split = ",",
            description = "gexf, graphml, csv and xlsx only: keep the actors of these countries (ISO codes, e.g. KZ,KG) and "
                    + "(for gexf and graphml) the links between them.")
    private List<String> countries = new ArrayList<>();

    @Option(names = "--years", paramLabel = "YEARS", description = "gexf, graphml, csv and xlsx only. "
            + YearsOption.DESCRIPTION)
    private String years;

    @Option(names = "--type", paramLabel = "TYPE",
            description = "csv and xlsx only: the actors to write (organisation, platform, event or person).")
    private String type;

    @Override
    public Integer call() throws IOException {
        if (type != null && format != Format.csv && format != Format.xlsx) {
            throw new ParameterException(spec.commandLine(), "--type applies to --format csv and xlsx only.");
        }
        Body body = switch (format) {
            case json -> catalogueJson();
            case csv, xlsx -> table(format == Format.xlsx);
            default -> network(GraphFormat.valueOf(format.name().toUpperCase(Locale.ROOT)));
        };
        if (out == null) {
            body.writeTo(atlas.out());
        } else {
            writeReplacing(out.toAbsolutePath(), body);
        }
        return 0;
    }

    private Body catalogueJson() {
        if (!countries.isEmpty() || years != null) {
            throw new ParameterException(spec.commandLine(), "--country and --years apply to --format gexf, graphml, "
                    + "csv and xlsx only: the catalogue JSON is always the whole catalogue.");
        }
        CatalogueDocument doc;
        try (Catalogue catalogue = atlas.openCatalogue()) {
            doc = CatalogueExporter.export(catalogue);
        }
        return stream -> write(doc, stream);
    }

    private Body network(GraphFormat graphFormat) {
        ActorFilter filter = ActorFilter.NONE.withCountries(CountryCodes.parse(countries, spec))
                .withYears(YearsOption.parse(years, spec));
        ActorGraph graph;
        try (Catalogue catalogue = atlas.openCatalogue()) {
            graph = ActorGraph.load(catalogue);
        }
        ActorGraph shown = filter.isEmpty() ? graph : graph.matching(filter);
        return stream -> graphFormat.write(shown, stream);
    }

    private Body table(boolean xlsx) {
        ActorType actorType = Coded.parse(ActorType.class, type).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "--format " + format + " needs --type organisation, platform, event or person."));
        Set<String> codes = CountryCodes.parse(countries, spec);
        YearRange range = YearsOption.parse(years, spec);
        SheetTable table;
        try (Catalogue catalogue = atlas.openCatalogue()) {
            List<Actor> actors = catalogue.actors().ofType(actorType).stream()
                    .filter(a -> codes.isEmpty() || a.country() != null && codes.contains(a.country()))
                    .filter(range::test).toList();
            Map<Long, String> operators = new HashMap<>();
            if (actorType == ActorType.PLATFORM) {
                catalogue.actors().ofType(ActorType.ORGANISATION).forEach(o -> operators.put(o.id(), o.name()));
            }
            table = ActorSheet.of(actors, actorType.fields(), new Messages(Locale.ENGLISH), operators);
        }
        String sheetName = new Messages(Locale.ENGLISH).get("type." + actorType.code());
        return stream -> {
            if (xlsx) {
                XlsxSheet.write(table, sheetName, new KeepOpen(stream));
            } else {
                CsvSheet.write(table, stream);
            }
            stream.flush();
        };
    }

    /** The document and a final newline, the same bytes to a file and to standard output. */
    private static void write(CatalogueDocument doc, OutputStream stream) throws IOException {
        CatalogueJson.write(doc, new KeepOpen(stream));
        stream.write('\n');
        stream.flush();
    }

    /** Writes beside the target under a temporary name and moves it into place only once complete. */
    private static void writeReplacing(Path target, Body body) {
        if (Files.isDirectory(target)) {
            throw new UserError("Cannot write " + target + ": it is a folder; name a file to write.", null);
        }
        try {
            FileReplacer.write(target, body::writeTo);
        } catch (IOException e) {
            throw UserError.cannotWrite(target, e);
        }
    }

    /** Jackson closes the stream it writes to; standard output must stay open. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
