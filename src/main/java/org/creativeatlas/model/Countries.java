package org.creativeatlas.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every ISO country, the five Central Asian ones first, read once from {@code countries.tsv}. */
public final class Countries {

    /** The region the catalogue maps, in the order pickers show it. */
    public static final List<String> CENTRAL_ASIA = List.of("KZ", "KG", "UZ", "TJ", "TM");

    private static final Map<String, Country> BY_CODE = load();
    private static final Map<String, Integer> INDEX = index();
    private static final String[] CODES = BY_CODE.keySet().toArray(new String[0]);

    private Countries() {
    }

    /** All countries: Central Asia first, then the rest by English name. */
    public static List<Country> all() {
        return List.copyOf(BY_CODE.values());
    }

    public static Optional<Country> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(code.trim().toUpperCase(java.util.Locale.ROOT)));
    }

    /**
     * A small number for a country code, stable while the program runs, so filters can test a country with one
     * array look-up; -1 for null or an unknown code.
     */
    public static int indexOf(String code) {
        Integer i = code == null ? null : INDEX.get(code);
        return i == null ? -1 : i;
    }

    /** The code numbered {@code index} by {@link #indexOf}. */
    public static String codeAt(int index) {
        return CODES[index];
    }

    private static Map<String, Integer> index() {
        Map<String, Integer> out = new java.util.HashMap<>();
        BY_CODE.keySet().forEach(code -> out.put(code, out.size()));
        return out;
    }

    public static boolean isKnown(String code) {
        return byCode(code).isPresent();
    }

    private static Map<String, Country> load() {
        List<Country> rows = new ArrayList<>();
        try (var in = Countries.class.getResourceAsStream("countries.tsv");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] cells = line.split("\t");
                    rows.add(new Country(cells[0], cells[1], cells[2], cells[3]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows.sort((a, b) -> a.nameEn().compareTo(b.nameEn()));
        Map<String, Country> byCode = new LinkedHashMap<>();
        CENTRAL_ASIA.forEach(code -> rows.stream().filter(c -> c.code().equals(code)).forEach(c -> byCode.put(code, c)));
        rows.forEach(c -> byCode.putIfAbsent(c.code(), c));
        return Collections.unmodifiableMap(byCode);
    }
}
