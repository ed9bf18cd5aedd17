package org.creativeatlas.logic.graph;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;
import org.creativeatlas.store.SettingDao;

/**
 * The nodes a researcher pinned in the network view, kept in the catalogue itself (setting {@value #KEY}) so they
 * travel with the file: {@code {"12":[x,y], ...}} by actor id. An unreadable value reads as no pins rather than
 * stopping the view; pins of deleted actors are harmless, as the layout ignores ids it does not have.
 */
public final class PinnedPositions {

    public static final String KEY = "graph.pinned";
    private static final ObjectMapper JSON = new ObjectMapper();

    private PinnedPositions() {
    }

    public static Map<Long, Point> load(SettingDao settings) {
        return settings.get(KEY).map(PinnedPositions::parse).orElseGet(Map::of);
    }

    public static void save(SettingDao settings, Map<Long, Point> pinned) {
        ObjectNode root = JSON.createObjectNode();
        new TreeMap<>(pinned).forEach((id, p) -> root.putArray(Long.toString(id)).add(p.x()).add(p.y()));
        settings.put(KEY, root.toString());
    }

    static Map<Long, Point> parse(String json) {
        Map<Long, Point> pins = new TreeMap<>();
        try {
            JsonNode root = JSON.readTree(json);
            if (root == null || !root.isObject()) {
                return Map.of();
            }
            root.fields().forEachRemaining(e -> {
                JsonNode xy = e.getValue();
                if (xy.isArray() && xy.size() == 2 && xy.get(0).isNumber() && xy.get(1).isNumber()) {
                    pins.put(Long.parseLong(e.getKey()), new Point(xy.get(0).asDouble(), xy.get(1).asDouble()));
                }
            });
            return pins;
        } catch (JsonProcessingException | NumberFormatException e) {
            return Map.of();
        }
    }
}
