package org.creativeatlas.logic.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Reads and writes {@link CatalogueDocument}s: UTF-8, pretty-printed, strict about unknown fields. */
public final class CatalogueJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    static {
        // a whole catalogue's source texts are long strings: allow up to 200 MB per string
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(200_000_000).build());
    }

    private CatalogueJson() {
    }

    public static void write(CatalogueDocument doc, OutputStream out) throws IOException {
        MAPPER.writeValue(out, doc);
    }

    /** Parses a document; a malformed one gives a {@link CatalogueFormatException} that says where. */
    public static CatalogueDocument read(InputStream in) throws IOException {
        CatalogueDocument doc;
        try {
            doc = MAPPER.readValue(in, CatalogueDocument.class);
        } catch (UnrecognizedPropertyException e) {
            throw new CatalogueFormatException("Not a Creative Atlas catalogue: unknown field \"" + e.getPropertyName()
                    + "\" at " + location(e) + ".", e);
        } catch (JsonProcessingException e) {
            throw new CatalogueFormatException("Not a valid catalogue document: " + JsonProblem.describe(e) + ".", e);
        }
        if (doc == null || !CatalogueDocument.FORMAT.equals(doc.format())) {
            throw new CatalogueFormatException("Not a Creative Atlas catalogue: \"format\" must be \""
                    + CatalogueDocument.FORMAT + "\".");
        }
        if (doc.version() > CatalogueDocument.VERSION) {
            throw new CatalogueFormatException("This catalogue was written by a newer version of Creative Atlas "
                    + "(format version " + doc.version() + "; this version reads up to " + CatalogueDocument.VERSION + ").");
        }
        if (doc.version() < 1) {
            throw new CatalogueFormatException("Not a Creative Atlas catalogue: \"version\" must be 1 or more.");
        }
        return doc;
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "an unknown place"
                : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }
}
