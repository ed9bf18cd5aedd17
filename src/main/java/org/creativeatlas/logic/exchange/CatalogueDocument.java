package org.creativeatlas.logic.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The catalogue JSON document (docs/catalogue-format.md), as Jackson reads and writes it. {@code dismissedPairs}
 * (pairs of actor keys a researcher said are not duplicates) is optional and left out when empty.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CatalogueDocument(String format, int version, List<ActorJson> actors, List<LinkJson> links,
                                List<SourceJson> sources, List<MentionJson> mentions, Map<String, String> settings,
                                @JsonInclude(JsonInclude.Include.NON_EMPTY) List<List<String>> dismissedPairs) {

    public static final String FORMAT = "creative-atlas-catalogue";
    public static final int VERSION = 1;

    public record ActorJson(String id, String type, String name, String kind, String country, String city,
                            String website, List<String> sectors, String status, String mode, String operator,
                            String languages, Integer startYear, Integer endYear, String startDate, String endDate,
                            String role, String description, String notes, List<VariantJson> variants) {
    }

    public record VariantJson(String text, String lang) {
    }

    public record LinkJson(String type, String from, String to, String role, String start, String end, String note) {
    }

    public record SourceJson(String id, String title, String fileName, String language, String date, String sha256,
                             String text) {
    }

    public record MentionJson(String actor, String source, String passage) {
    }
}
