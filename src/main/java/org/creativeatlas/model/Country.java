package org.creativeatlas.model;

/** A country by ISO 3166-1 alpha-2 code with its English, Russian and Kazakh names. */
public record Country(String code, String nameEn, String nameRu, String nameKk) {

    /** The name in the given language ("ru", "kk"; anything else gives English). */
    public String name(String lang) {
        return switch (lang == null ? "en" : lang) {
            case "ru" -> nameRu;
            case "kk" -> nameKk;
            default -> nameEn;
        };
    }
}
