package org.creativeatlas.logic.graph;

import org.creativeatlas.model.ActorType;

/**
 * One row of the measures table: degree (distinct actors linked), links (edges, parallel ones counted apart),
 * and betweenness raw and normalised (see {@link Betweenness}).
 */
public record ActorMeasures(long actorId, String name, ActorType type, String country, int degree, int links,
                            double betweenness, double normalisedBetweenness) {
}
