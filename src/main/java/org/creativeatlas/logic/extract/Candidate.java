package org.creativeatlas.logic.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.creativeatlas.model.ActorType;

/**
 * An actor found in a document, proposed for review. {@code name} is in the document's language and script, in the
 * nominative; {@code variants} are other forms found (abbreviations in brackets, translations); {@code country} is
 * ISO alpha-2, {@code city} in English, {@code date} ISO ({@code yyyy-mm-dd} or {@code yyyy-mm}); unknown values are
 * null. {@code passages} are the spans of the text that name it; {@code confidence} is from 0 to 1.
 */
public record Candidate(ActorType type, String name, List<String> variants, String country, String city, String role,
                        String affiliation, String date, List<Span> passages, double confidence) {

    /**
     * The candidate as the extraction JSON lists it, keys in this order:
     * {@code doc, type, name, country, city, role, affiliation, date} (unknown values null).
     */
    public Map<String, Object> record(String doc) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("doc", doc);
        r.put("type", type.code());
        r.put("name", name);
        r.put("country", country);
        r.put("city", city);
        r.put("role", role);
        r.put("affiliation", affiliation);
        r.put("date", date);
        return r;
    }

    /** A stretch of the document's text, by character offsets (start inclusive, end exclusive). */
    public record Span(int start, int end) {
    }
}
