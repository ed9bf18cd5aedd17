package org.creativeatlas.logic.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.creativeatlas.logic.match.Transliterator;
import org.creativeatlas.model.TextFold;

/**
 * The cities and towns of the five countries (GeoNames data, names checked by hand for the capitals and region
 * centres) and how a typed name finds one: "Алматы", "Almaty", "алма-ата" and "г. Алматы" are the same place, and
 * so is a spelling that differs only in transliteration ("Shimkent"). A name several places share goes to the one
 * it is the main name of, then to the capital or region centre, then to the largest. Immutable reference data,
 * read once from {@code places.tsv} (as the country list is).
 */
public final class CityGazetteer {

    private static final Pattern PREFIX = Pattern.compile("^(г\\.|г |город |гор\\. |қ\\.|қ |city of |town of )\\s*");
    private static final Pattern SUFFIX = Pattern.compile("\\s+(қаласы|city|town|шаҳри|shahri)$");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐–—.,]+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’ʻʼ`‘]");
    /** Places GeoNames lacks are numbered from here, above any GeoNames id. */
    private static final long ADDED_IDS = 1_000_000_000L;
    private static final CityGazetteer STANDARD = new CityGazetteer(read());

    /** A place under one form, and whether the form is one of its three main names. */
    private record Entry(Place place, boolean main) {
    }

    private final List<Place> places;
    /** {@link #otherNames} of each city text met, as a catalogue writes a few cities many times. */
    private final Map<String, String> otherNames = new ConcurrentHashMap<>();
    private final Map<String, List<Entry>> byName = new HashMap<>();
    private final Map<String, List<Entry>> bySkeleton = new HashMap<>();

    CityGazetteer(List<Place> places) {
        this.places = List.copyOf(places);
        Comparator<Entry> order = Comparator.comparing((Entry e) -> !e.main())
                .thenComparing(e -> -e.place().role().rank())
                .thenComparing(e -> -e.place().population());
        for (Place p : places) {
            for (String main : List.of(p.nameEn(), p.nameRu(), p.nameKk())) {
                add(byName, key(main), new Entry(p, true));
                add(bySkeleton, Transliterator.skeleton(key(main)), new Entry(p, true));
            }
            p.otherNames().forEach(other -> add(byName, key(other), new Entry(p, false)));
        }
        byName.values().forEach(list -> list.sort(order));
        bySkeleton.values().forEach(list -> list.sort(order));
    }

    /** The gazetteer shipped with the app. */
    public static CityGazetteer standard() {
        return STANDARD;
    }

    private static void add(Map<String, List<Entry>> index, String key, Entry entry) {
        List<Entry> list = index.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (list.stream().noneMatch(e -> e.place() == entry.place())) {
            list.add(entry);
        }
    }

    /** Every place, by country (KZ, KG, UZ, TJ, TM) and importance. */
    public List<Place> all() {
        return places;
    }

    /** The place a typed name stands for, in any country. */
    public Optional<Place> find(String name) {
        return find(name, null);
    }

    /**
     * The place a typed name stands for in the given country (null: any country). A name the gazetteer knows
     * only in another country gives nothing: "Osh" in Kazakhstan is not the Kyrgyz city.
     */
    public Optional<Place> find(String name, String country) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String key = key(name);
        Optional<Place> found = pick(byName.get(key), country);
        return found.isPresent() ? found : pick(bySkeleton.get(Transliterator.skeleton(key)), country);
    }

    /**
     * The place's English, Russian and Kazakh names other than the one written, one per line, or "" when the city
     * is not known: added to what the search looks in, so a search for "Алматы" finds a city written "Almaty".
     */
    public String otherNames(String city, String country) {
        if (city == null || city.isBlank()) {
            return "";
        }
        return otherNames.computeIfAbsent(country + "\n" + city, k -> find(city, country).map(p -> {
            StringBuilder names = new StringBuilder();
            for (String name : new LinkedHashSet<>(List.of(p.nameEn(), p.nameRu(), p.nameKk()))) {
                if (!name.equalsIgnoreCase(city.strip())) {
                    names.append(names.length() == 0 ? "" : "\n").append(name);
                }
            }
            return names.toString();
        }).orElse(""));
    }

    private static Optional<Place> pick(List<Entry> entries, String country) {
        if (entries == null) {
            return Optional.empty();
        }
        return entries.stream().map(Entry::place).filter(p -> country == null || p.country().equals(country))
                .findFirst();
    }

    /**
     * The form a name is looked up by: folded case, ё as е, without "г." or "қаласы", hyphens and dots as spaces,
     * apostrophes dropped.
     */
    static String key(String name) {
        String folded = TextFold.fold(name).strip();
        folded = SUFFIX.matcher(PREFIX.matcher(folded).replaceFirst("")).replaceFirst("");
        return SEPARATORS.matcher(APOSTROPHES.matcher(folded).replaceAll("")).replaceAll(" ").strip();
    }

    private static List<Place> read() {
        List<Place> places = new ArrayList<>();
        long added = ADDED_IDS;
        try (var in = CityGazetteer.class.getResourceAsStream("places.tsv");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                long id = c[0].equals("-") ? ++added : Long.parseLong(c[0]);
                List<String> others = c[9].isEmpty() ? List.of() : Arrays.asList(c[9].split("\\|"));
                places.add(new Place(id, c[1], Double.parseDouble(c[2]), Double.parseDouble(c[3]),
                        Integer.parseInt(c[4]), PlaceRole.valueOf(c[5].toUpperCase(java.util.Locale.ROOT)), c[6], c[7],
                        c[8], others, c[10].equals("yes")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return places;
    }
}
