package org.creativeatlas.ui.network;

import java.util.function.Function;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.logic.graph.GraphEdge;

/** An edge's label in the window's language: the affiliation's role, else what the link type and role say. */
final class EdgeLabels implements Function<GraphEdge, String> {

    private final Messages messages;

    EdgeLabels(Messages messages) {
        this.messages = messages;
    }

    @Override
    public String apply(GraphEdge edge) {
        String role = edge.role();
        return switch (edge.type()) {
            case AFFILIATION -> role == null ? messages.get("link.affiliation") : role;
            case PARTICIPATION -> role == null ? messages.get("link.participation") : messages.label("participation", role);
            case RELATION -> role == null ? messages.get("link.relation") : messages.label("relation", role);
            case OPERATOR -> messages.get("network.edge.operator");
        };
    }
}
