package org.creativeatlas.logic.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the gazetteer files that sit beside these classes: tab-separated rows, '#' starts a comment line. */
final class Resources {

    private Resources() {
    }

    static List<String[]> rows(String name) {
        List<String[]> rows = new ArrayList<>();
        try (var in = Resources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing gazetteer " + name);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Every whitespace-separated word of every row, lower case. */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String[] row : rows(name)) {
            for (String cell : row) {
                for (String w : cell.trim().split("\\s+")) {
                    if (!w.isEmpty()) {
                        words.add(w.toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }
        }
        return words;
    }
}
