package org.creativeatlas.ui.network;

import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.logic.graph.EdgeType;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.ui.table.FieldFormat;

/** The key to the drawing, one row each: shapes by actor type, rings by country, lines by link type. Same pen. */
final class Legend {

    private static final double ICON = 16;

    private Legend() {
    }

    static Node build(Messages messages, FieldFormat format) {
        FlowPane types = row();
        for (ActorType type : ActorType.values()) {
            types.getChildren().add(entry(icon(NetworkStyle.shape(type), NetworkStyle.fill(type), null),
                    messages.get("types." + type.code()), null));
        }
        FlowPane countries = row();
        for (String country : NetworkStyle.RING_COUNTRIES) {
            countries.getChildren().add(entry(icon(NetworkStyle.Shape.CIRCLE, null, NetworkStyle.ring(country)),
                    country, format.countryLabel(country)));
        }
        countries.getChildren().add(entry(icon(NetworkStyle.Shape.CIRCLE, null, NetworkStyle.OTHER_COUNTRY),
                messages.get("network.legend.other_countries"), null));
        FlowPane links = row();
        for (EdgeType type : EdgeType.values()) {
            links.getChildren().add(entry(line(NetworkStyle.edge(type)), messages.get("network.edge." + type.code()),
                    null));
        }
        VBox legend = new VBox(2, types, countries, links);
        legend.getStyleClass().add("network-legend");
        legend.setId("networkLegend");
        legend.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return legend;
    }

    /** One line where the canvas has room for it; wrapped where it has not (a small window, longer words). */
    private static FlowPane row() {
        FlowPane row = new FlowPane(12, 2);
        row.setPrefWrapLength(Double.MAX_VALUE);
        return row;
    }

    /** An icon and its text; a country shows its code, with the name in a tooltip, so the key stays small. */
    private static Node entry(Node icon, String text, String tip) {
        Label label = new Label(text, icon);
        label.setGraphicTextGap(4);
        if (tip != null) {
            label.setTooltip(new Tooltip(tip));
        }
        return label;
    }

    private static Node icon(NetworkStyle.Shape shape, String fill, String ring) {
        Canvas canvas = new Canvas(ICON, ICON);
        new CanvasPen(canvas.getGraphicsContext2D(), false).shapes(shape, new double[] {ICON / 2, ICON / 2 + 0.5, 5.5}, 1,
                fill, ring, ring == null ? 0 : 2.5);
        return canvas;
    }

    private static Node line(String colour) {
        Canvas canvas = new Canvas(ICON, ICON);
        new CanvasPen(canvas.getGraphicsContext2D(), false).segments(new double[] {1, ICON / 2, ICON - 1, ICON / 2}, 1,
                colour, 0.9, 2);
        return canvas;
    }
}
