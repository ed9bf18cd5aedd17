package org.creativeatlas.ui.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.layout.Region;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;
import org.creativeatlas.ui.RightToLeft;

/**
 * A document's text, read-only and wrapped, with stretches of it marked. One Text node holds the whole text (fast
 * for long documents); the marks are shapes drawn under it from {@link TextFlow#rangeShape}, redrawn when the
 * width changes the wrapping. A right-to-left text is set flush right and its lines are broken here
 * ({@link LineBreaks}).
 */
final class DocumentTextView extends Region {

    /** A stretch of the text (character offsets, end exclusive) and the style classes it is drawn with. */
    record Mark(int start, int end, List<String> styles) {
    }

    private static final double PAD = 16;

    /** Room left on a line broken here, so that a rounding in the measure never makes JavaFX wrap it again. */
    private static final double SLACK = 12;

    private final String text;
    private final Text body;
    private final boolean rightToLeft;
    private final Map<String, Double> widths = new HashMap<>();
    private final TextFlow flow;
    private final Group marks = new Group();
    private final int length;
    private List<Mark> wanted = List.of();
    private double drawnWidth = -1;

    DocumentTextView(String text) {
        this.text = text;
        body = new Text(text);
        body.getStyleClass().add("document-text");
        flow = new TextFlow(body);
        rightToLeft = RightToLeft.is(text);
        // a text mostly in a right-to-left script (Kazakh in Arabic letters) is set flush right, its lines broken here
        flow.setTextAlignment(rightToLeft ? TextAlignment.RIGHT : TextAlignment.LEFT);
        length = text.length();
        marks.setManaged(false);
        getChildren().addAll(marks, flow);
        getStyleClass().add("document-view");
    }

    void setMarks(List<Mark> newMarks) {
        wanted = newMarks;
        drawnWidth = -1;
        requestLayout();
    }

    /** The offset of the character at a point of this view. */
    int charAt(Point2D point) {
        return flow.hitTest(flow.parentToLocal(point)).getCharIndex();
    }

    /** Where a stretch of the text is, in this view's coordinates. */
    Bounds boundsOf(int start, int end) {
        Bounds b = new Path(flow.rangeShape(start, end)).getBoundsInLocal();
        return new BoundingBox(b.getMinX() + PAD, b.getMinY() + PAD, b.getWidth(), b.getHeight());
    }

    @Override
    protected void layoutChildren() {
        double width = Math.max(0, getWidth() - 2 * PAD);
        if (rightToLeft && width != drawnWidth && width > 0) {
            body.setText(LineBreaks.wrap(text, width - SLACK, this::widthOf));
        }
        flow.resizeRelocate(PAD, PAD, width, flow.prefHeight(width));
        // placed by its origin, not relocate(): that would move the top-left of the marks' own bounds to the
        // corner, shifting every mark by where the first one happens to be
        marks.setLayoutX(PAD);
        marks.setLayoutY(PAD);
        if (width != drawnWidth) {
            flow.layout();
            draw();
            drawnWidth = width;
        }
    }

    private double widthOf(String word) {
        return widths.computeIfAbsent(word, w -> {
            Text measure = new Text(w);
            measure.setFont(body.getFont());
            return measure.getLayoutBounds().getWidth();
        });
    }

    private void draw() {
        marks.getChildren().clear();
        for (Mark mark : wanted) {
            int start = Math.max(0, Math.min(mark.start(), length));
            int end = Math.max(start, Math.min(mark.end(), length));
            Path shape = new Path(flow.rangeShape(start, end));
            shape.getStyleClass().addAll(mark.styles());
            marks.getChildren().add(shape);
        }
    }

    /** Its height follows its width (the text wraps), so a scroll pane asks for the height at the width it gives. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = width < 0 ? flow.prefWidth(-1) : width - 2 * PAD;
        return flow.prefHeight(inner) + 2 * PAD;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 420;
    }
}
