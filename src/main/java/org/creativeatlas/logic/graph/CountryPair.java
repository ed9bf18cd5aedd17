package org.creativeatlas.logic.graph;

/** Two countries (ISO codes, {@code first} before {@code second}) and the number of edges between their actors. */
public record CountryPair(String first, String second, int links) {
}
