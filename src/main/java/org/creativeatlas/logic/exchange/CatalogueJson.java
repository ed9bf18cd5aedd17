package org.creativeatlas.logic.exchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.Set;

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
        TopLevelKeys parser = new TopLevelKeys(MAPPER.createParser(in));
        try (parser) {
            JsonToken first = parser.nextToken();
            parser.object = first == JsonToken.START_OBJECT;
            if (first != null && !parser.object) {
                parser.skipChildren(); // a syntax error inside a list is still said as one, with its place
                throw notACatalogue();
            }
            doc = MAPPER.readValue(parser, CatalogueDocument.class);
        } catch (UnrecognizedPropertyException e) {
            throw new CatalogueFormatException("Not a Creative Atlas catalogue: unknown field \"" + e.getPropertyName()
                    + "\" at " + location(e) + ".", e);
        } catch (JsonProcessingException e) {
            // another program's JSON object fails only in the mapping, which would blame the missing "version"
            if (e instanceof JsonMappingException && parser.object && !parser.keys.contains("version")
                    && !parser.keys.contains("actors")) {
                throw notACatalogue();
            }
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

    private static CatalogueFormatException notACatalogue() {
        return new CatalogueFormatException("Not a valid catalogue document: it is JSON, but not a Creative Atlas "
                + "catalogue (no \"version\" and \"actors\").");
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "an unknown place"
                : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    /** Notes the keys of the document's top-level object as the mapper reads past them (it reads with nextToken). */
    private static final class TopLevelKeys extends JsonParserDelegate {

        private boolean object;
        private final Set<String> keys = new HashSet<>();

        TopLevelKeys(JsonParser parser) {
            super(parser);
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken token = super.nextToken();
            if (token == JsonToken.FIELD_NAME && getParsingContext().getParent().inRoot()) {
                keys.add(currentName());
            }
            return token;
        }
    }
}
