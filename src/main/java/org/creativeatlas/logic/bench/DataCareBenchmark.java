package org.creativeatlas.logic.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import org.creativeatlas.logic.duplicates.Duplicates;
import org.creativeatlas.logic.sheets.BadRows;
import org.creativeatlas.logic.sheets.HeaderGuess;
import org.creativeatlas.logic.sheets.SheetFiles;
import org.creativeatlas.logic.sheets.SheetImport;
import org.creativeatlas.logic.sheets.SheetRows;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.NameVariant;
import org.creativeatlas.store.Catalogue;

/**
 * csv_import_rows_per_s: a generated CSV of {@value #ORGANISATIONS} organisations (at scale 1) read, mapped,
 * checked and stored in a new catalogue; where a sqlite3 program is on the PATH, the same file through its
 * {@code .import} (sqlite3_import_rows_per_s) and our speed as a share of it (csv_import_ratio); duplicates_ms: duplicate finding among {@value #PEOPLE} generated people,
 * a tenth of them entered twice in the other script. Works in a temporary folder deleted afterwards.
 */
public final class DataCareBenchmark {

    public static final int ORGANISATIONS = 100_000;
    public static final int PEOPLE = 20_000;
    /**
     * Timed runs after two warm-ups (the JIT is still compiling after one): single runs vary by a fifth. With the
     * shell, the two imports take turns, so that both meet the machine in the same state.
     */
    private static final int RUNS = 5;
    private static final String HEADER = "Название;Вид;Страна;Город;Сфера;Статус;Год основания;Сайт\n";
    private static final String[] KINDS = {"Креативный хаб", "Университет", "Музей", "Компания", "НКО / фонд"};
    private static final String[] SECTORS = {"Дизайн", "Кино, Музыка", "IT / digital", "Ремёсла", ""};

    private final double scale;

    public DataCareBenchmark(double scale) {
        this.scale = Scale.positive(scale);
    }

    public void run(Consumer<Measure> report) {
        ScratchFolder.use(dir -> {
            int rows = Math.max(100, (int) (ORGANISATIONS * scale));
            Path csv = writeOrganisationsCsv(dir.resolve("orgs.csv"), rows);
            int[] run = {0};
            IntSupplier ours = () -> importCsv(csv, dir.resolve("app" + run[0]++ + ".db"));
            Optional<SqliteShellImport> shell = SqliteShellImport.find();
            if (shell.isEmpty()) {
                report.accept(new Measure("csv_import_rows_per_s", rows / (Timing.medianMillis(2, RUNS, ours) / 1000),
                        "rows/s"));
                return;
            }
            double[] millis = Timing.alternatingMedians(2, RUNS, ours,
                    () -> shell.get().importCsv(csv, ';', dir.resolve("shell" + run[0]++ + ".db")));
            report.accept(new Measure("csv_import_rows_per_s", rows / (millis[0] / 1000), "rows/s"));
            report.accept(new Measure("sqlite3_import_rows_per_s", rows / (millis[1] / 1000), "rows/s"));
            report.accept(new Measure("csv_import_ratio", millis[1] / millis[0], "x"));
        });
        List<Actor> people = new ArrayList<>();
        List<NameVariant> variants = new ArrayList<>();
        people(Math.max(100, (int) (PEOPLE * scale)), people, variants);
        report.accept(new Measure("duplicates_ms", Timing.medianMillis(1, 3,
                () -> Duplicates.find(people, variants, Set.of()).size()), "ms"));
    }

    private static final String[][] SYLLABLES = {{"ба", "ba"}, {"ку", "ku"}, {"тал", "tal"}, {"мер", "mer"},
        {"сы", "sy"}, {"жан", "zhan"}, {"нур", "nur"}, {"ай", "ai"}, {"бек", "bek"}, {"ол", "ol"}, {"сар", "sar"},
        {"кен", "ken"}, {"там", "tam"}, {"ру", "ru"}, {"дил", "dil"}, {"өз", "oz"}, {"қар", "kar"}, {"ти", "ti"}};

    /** The given name kept, the surname replaced by two or three syllables and -ов, in both scripts. */
    private static List<String> surname(List<String> person, Random random) {
        StringBuilder cyrillic = new StringBuilder();
        StringBuilder latin = new StringBuilder();
        for (int i = 2 + random.nextInt(2); i > 0; i--) {
            String[] syllable = SYLLABLES[random.nextInt(SYLLABLES.length)];
            cyrillic.append(syllable[0]);
            latin.append(syllable[1]);
        }
        String given = person.get(0).split(" ")[0];
        String givenLatin = person.get(1).split(" ")[0];
        return List.of(given + " " + Character.toUpperCase(cyrillic.charAt(0)) + cyrillic.substring(1) + "ов",
                givenLatin + " " + Character.toUpperCase(latin.charAt(0)) + latin.substring(1) + "ov");
    }

    /** The CLI's import-csv path: a new catalogue opened, the file read, mapped, checked, stored, closed. */
    private static int importCsv(Path csv, Path db) {
        try (Catalogue catalogue = Catalogue.open(db)) {
            SheetRows sheet = SheetFiles.open(csv);
            return SheetImport.run(catalogue, sheet, HeaderGuess.actors(ActorType.ORGANISATION, sheet.headers()),
                    BadRows.SKIP).imported();
        }
    }

    /** The benchmark's CSV: Russian headers and labels, semicolons, as a researcher's spreadsheet would be. */
    public static Path writeOrganisationsCsv(Path file, int rows) throws IOException {
        Random random = new Random(7);
        SyntheticNames names = new SyntheticNames(random);
        SyntheticPlaces places = new SyntheticPlaces(random);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            for (int i = 0; i < rows; i++) {
                SyntheticPlaces.Place place = places.next();
                out.write(String.join(";", "\"" + names.russianOrganisation(place.localName()) + " " + i + "\"",
                        KINDS[i % KINDS.length], place.country(), place.city(), SECTORS[i % SECTORS.length],
                        i % 10 == 0 ? "Закрыто" : "Действует", String.valueOf(1950 + i % 70),
                        i % 2 == 0 ? "org" + i + ".example.kz" : ""));
                out.write('\n');
            }
        }
        return file;
    }

    /**
     * People in Cyrillic with a Latin variant, surnames built from syllables so that most are distinct as in a real
     * catalogue; every tenth entered again in Latin as a separate actor.
     */
    private static void people(int count, List<Actor> people, List<NameVariant> variants) {
        Random random = new Random(11);
        SyntheticNames names = new SyntheticNames(random);
        SyntheticPlaces places = new SyntheticPlaces(random);
        long id = 1;
        while (people.size() < count) {
            List<String> name = surname(names.person(), random);
            SyntheticPlaces.Place place = places.next();
            Actor person = Actor.named(ActorType.PERSON, name.get(0)).withId(id++)
                    .with(ActorField.COUNTRY, place.country()).with(ActorField.CITY, place.city());
            people.add(person);
            variants.add(new NameVariant(0, person.id(), name.get(1), "en"));
            if (people.size() % 10 == 0) {
                people.add(Actor.named(ActorType.PERSON, name.get(1)).withId(id++)
                        .with(ActorField.COUNTRY, place.country()));
            }
        }
    }
}
