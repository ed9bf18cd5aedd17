package org.creativeatlas.ui.detail;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Lays label–field pairs out in a grid: each label beside its field while the labels leave the fields room enough,
 * else each label above its field. A narrow pane, or a language with long labels, then keeps whole labels and
 * fields wide enough for their choices instead of cutting either short.
 */
final class LabelledRows {

    /** The width a field needs: the longest kind or status label of the three languages, with the arrow. */
    static final double FIELD_ROOM = 220;

    private final GridPane grid;
    private final ObservableDoubleValue room;
    private final ColumnConstraints labels = new ColumnConstraints();
    private final ColumnConstraints fields = new ColumnConstraints();
    private final List<Label> rowLabels = new ArrayList<>();
    private final List<Node> rowFields = new ArrayList<>();
    private Boolean stacked;

    /**
     * {@code room} is the width the pane has for the grid: not the grid's own width, which two columns would
     * widen past the pane.
     */
    LabelledRows(GridPane grid, ObservableDoubleValue room) {
        this.grid = grid;
        this.room = room;
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(Region.USE_PREF_SIZE);
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        room.addListener(obs -> arrange());
        // the labels are measured once styled, after the rows were set
        grid.needsLayoutProperty().addListener(obs -> arrange());
    }

    /** Shows these rows in place of the ones before. */
    void setAll(List<Label> newLabels, List<Node> newFields) {
        rowLabels.clear();
        rowLabels.addAll(newLabels);
        rowFields.clear();
        rowFields.addAll(newFields);
        grid.getChildren().clear();
        for (int i = 0; i < rowLabels.size(); i++) {
            grid.getChildren().addAll(rowLabels.get(i), rowFields.get(i));
        }
        stacked = null;
        arrange();
    }

    private void arrange() {
        double labelWidth = rowLabels.stream().mapToDouble(l -> l.prefWidth(-1)).max().orElse(0);
        boolean narrow = room.get() > 0 && room.get() < labelWidth + grid.getHgap() + FIELD_ROOM;
        if (stacked != null && stacked == narrow) {
            return;
        }
        stacked = narrow;
        grid.getColumnConstraints().setAll(narrow ? List.of(fields) : List.of(labels, fields));
        for (int i = 0; i < rowLabels.size(); i++) {
            Label label = rowLabels.get(i);
            if (narrow) {
                GridPane.setConstraints(label, 0, 2 * i, 1, 1, HPos.LEFT, VPos.TOP);
                GridPane.setConstraints(rowFields.get(i), 0, 2 * i + 1);
            } else {
                GridPane.setConstraints(label, 0, i, 1, 1, HPos.RIGHT, VPos.TOP);
                GridPane.setConstraints(rowFields.get(i), 1, i);
            }
        }
    }
}
