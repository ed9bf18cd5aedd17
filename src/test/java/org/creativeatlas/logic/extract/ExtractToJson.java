package org.creativeatlas.logic.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the extractor on text files and writes the records the scorer reads: java … ExtractToJson OUT FILE… */
public final class ExtractToJson {

    private ExtractToJson() {
    }

    public static void main(String[] args) throws IOException {
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            records.addAll(records(Path.of(args[i])));
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(Path.of(args[0]).toFile(), records);
    }

    static List<Map<String, Object>> records(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Candidate c : new ActorExtractor().extract(text)) {
            out.add(c.record(file.getFileName().toString()));
        }
        return out;
    }
}
