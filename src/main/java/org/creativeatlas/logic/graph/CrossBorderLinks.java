package org.creativeatlas.logic.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** For each pair of countries, how many edges join an actor of one to an actor of the other. */
public final class CrossBorderLinks {

    private CrossBorderLinks() {
    }

    /**
     * Most-linked pairs first, then by country codes. Each edge counts once whatever its direction, merged identical
     * links once too; edges at an actor without a country are not counted, as their border is unknown.
     */
    public static List<CountryPair> count(ActorGraph graph) {
        Map<String, int[]> counts = new TreeMap<>();
        for (GraphEdge edge : graph.edges()) {
            String a = graph.node(edge.from()).orElseThrow().country();
            String b = graph.node(edge.to()).orElseThrow().country();
            if (a != null && b != null && !a.equals(b)) {
                String key = a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
                counts.computeIfAbsent(key, k -> new int[1])[0]++;
            }
        }
        List<CountryPair> pairs = new ArrayList<>();
        counts.forEach((key, n) -> {
            String[] two = key.split(" ");
            pairs.add(new CountryPair(two[0], two[1], n[0]));
        });
        pairs.sort(Comparator.comparingInt(CountryPair::links).reversed());
        return pairs;
    }
}
