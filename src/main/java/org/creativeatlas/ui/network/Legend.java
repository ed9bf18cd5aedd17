package org.creativeatlas.ui.network;

import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.logic.graph.EdgeType;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.ui.table.FieldFormat;

/** The key to the drawing: shapes by actor type, rings by country, line colours by link type. Drawn by the same pen. */
final class Legend {

    private static final double ICON = 16;

    private Legend() {
    }

    static Node build(Messages messages, FieldFormat format) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("network-legend");
        grid.setId("networkLegend");
        grid.setHgap(6);
        grid.setVgap(3);
        int row = 0;
        for (ActorType type : ActorType.values()) {
            grid.addRow(row++, icon(NetworkStyle.shape(type), NetworkStyle.fill(type), null),
                    new Label(messages.get("types." + type.code())));
        }
        for (String country : NetworkStyle.RING_COUNTRIES) {
            grid.addRow(row++, icon(NetworkStyle.Shape.CIRCLE, null, NetworkStyle.ring(country)),
                    new Label(format.countryLabel(country)));
        }
        grid.addRow(row++, icon(NetworkStyle.Shape.CIRCLE, null, NetworkStyle.OTHER_COUNTRY),
                new Label(messages.get("network.legend.other_countries")));
        for (EdgeType type : EdgeType.values()) {
            grid.addRow(row++, line(NetworkStyle.edge(type)), new Label(messages.get("network.edge." + type.code())));
        }
        grid.setMaxSize(GridPane.USE_PREF_SIZE, GridPane.USE_PREF_SIZE);
        return grid;
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
