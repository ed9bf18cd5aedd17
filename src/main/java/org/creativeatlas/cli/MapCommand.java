package org.creativeatlas.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.creativeatlas.logic.FileReplacer;
import org.creativeatlas.logic.filter.ActorFilter;
import org.creativeatlas.logic.filter.ActorRow;
import org.creativeatlas.logic.filter.CatalogueLoader;
import org.creativeatlas.logic.geo.CityGazetteer;
import org.creativeatlas.logic.map.MapCounts;
import org.creativeatlas.logic.map.MapLabels;
import org.creativeatlas.logic.map.MapPictures;
import org.creativeatlas.logic.map.MapScene;
import org.creativeatlas.logic.map.MapView;
import org.creativeatlas.logic.report.ReportOptions;
import org.creativeatlas.store.Catalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code map}: the map of the catalogue's actors as an SVG or PNG picture. */
@Command(name = "map", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Draws the map of the actors: the countries of the region shaded by their number of actors, "
                + "a marker per city sized by its count and split by type (organisations, platforms, events, people), "
                + "city names with counts, a legend and what the map cannot place.",
            "The file's extension chooses the format: .svg (vector, labels as text) or .png. Outlines: Natural Earth; "
                + "cities: GeoNames (CC BY)."})
final class MapCommand extends Subcommand {

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", required = true,
            description = "The picture to write, FILE.svg or FILE.png (replaced if it exists).")
    private Path out;

    @Option(names = "--country", paramLabel = "CODE", split = ",",
            description = "Only the actors of these countries (ISO codes, e.g. KZ,KG), the map fitted to them. "
                    + "Default: every country, the map fitted to the five of the region.")
    private List<String> countries = new ArrayList<>();

    @Option(names = "--years", paramLabel = "YEARS", description = YearsOption.DESCRIPTION)
    private String years;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "Language of the names and the legend: en, ru or kk (default: ${DEFAULT-VALUE}).")
    private String language;

    @Option(names = "--width", paramLabel = "PX", defaultValue = "1600",
            description = "Width of the picture in pixels (default: ${DEFAULT-VALUE}).")
    private int width;

    @Option(names = "--height", paramLabel = "PX", defaultValue = "1000",
            description = "Height of the picture in pixels (default: ${DEFAULT-VALUE}).")
    private int height;

    @Override
    public Integer call() {
        MapPictures.Format format = MapPictures.Format.ofFileName(out.getFileName().toString());
        if (format == null) {
            throw new ParameterException(spec.commandLine(), "Name a .svg or .png file to write, not " + out + ".");
        }
        String lang = language.strip().toLowerCase(Locale.ROOT);
        if (!ReportOptions.LANGUAGES.contains(lang)) {
            throw new ParameterException(spec.commandLine(), "Unknown language " + language + ": use en, ru or kk.");
        }
        if (width < 200 || height < 150 || width > 10_000 || height > 10_000) {
            throw new ParameterException(spec.commandLine(), "--width and --height must be 200–10000 and 150–10000 "
                    + "pixels.");
        }
        Set<String> codes = CountryCodes.parse(countries, spec);
        ActorFilter filter = ActorFilter.NONE.withCountries(codes).withYears(YearsOption.parse(years, spec));
        List<ActorRow> rows = new ArrayList<>();
        try (Catalogue catalogue = atlas.openCatalogue()) {
            CatalogueLoader.load(catalogue).values().forEach(rows::addAll);
        }
        MapScene scene = MapScene.of(MapCounts.of(rows, filter, CityGazetteer.standard()), new MapLabels(lang))
                .withFocus(codes, true);
        MapView view = MapPictures.fitted(scene, width, height);
        Path target = out.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new UserError("Cannot write " + target + ": it is a folder; name a file to write.", null);
        }
        try {
            FileReplacer.write(target, stream -> MapPictures.write(scene, view, format, 1, stream));
        } catch (IOException e) {
            throw UserError.cannotWrite(target, e);
        }
        return 0;
    }
}
