package org.creativeatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.control.TableView;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.creativeatlas.ui.viewmodel.CandidateRow;
import org.testfx.api.FxRobot;

/**
 * What the review's document pane marks, read back from the screen: each mark's rectangles are hit-tested on the
 * text drawn under them, so a mark drawn in the wrong place reads as the letters it really covers.
 */
final class DocumentMarks {

    /** A marked stretch as the letters under it: offset and text, so two equal texts in two places differ. */
    record Marked(int start, int end, String text) {
        @Override
        public String toString() {
            return start + ":" + text;
        }
    }

    private static final Comparator<Marked> IN_TEXT_ORDER =
            Comparator.comparingInt(Marked::start).thenComparingInt(Marked::end);

    private final Parent view;
    private final TextFlow flow;
    private final String text;

    private DocumentMarks(Parent view) {
        this.view = view;
        this.flow = (TextFlow) view.getChildrenUnmodifiable().stream().filter(TextFlow.class::isInstance)
                .findFirst().orElseThrow();
        this.text = ((Text) flow.getChildren().get(0)).getText();
    }

    /** The document pane of the review on screen, laid out as the next pulse would. */
    static DocumentMarks of(FxRobot robot) {
        Parent view = robot.lookup(".document-view").queryAs(Parent.class);
        robot.interact(() -> {
            view.getScene().getRoot().applyCss();
            view.getScene().getRoot().layout();
        });
        return new DocumentMarks(view);
    }

    /**
     * Checks, candidate by candidate as a researcher selects them, that the review shown marks every name and every
     * sentence where its offsets say; returns how many candidates the document has.
     */
    static int checkReview(FxRobot robot, TableView<CandidateRow> table) {
        DocumentMarks marks = DocumentMarks.of(robot);
        String title = robot.lookup("#reviewTitle").queryLabeled().getText();
        List<Marked> names = table.getItems().stream().flatMap(r -> r.candidate().passages().stream())
                .map(s -> marks.at(s.start(), s.end())).sorted(IN_TEXT_ORDER).toList();
        assertEquals(names, sorted(marks.marked("mark")), title + ": every name is marked where it is");
        for (int i = 0; i < table.getItems().size(); i++) {
            int index = i;
            robot.interact(() -> table.getSelectionModel().clearAndSelect(index));
            CandidateRow row = table.getItems().get(i);
            DocumentMarks now = DocumentMarks.of(robot);
            List<Marked> own = row.candidate().passages().stream().map(s -> now.at(s.start(), s.end())).toList();
            assertEquals(own, sorted(now.marked("mark-focus")), title + ": the names of " + row.candidate().name());
            assertTrue(own.isEmpty() || now.inSight("mark-focus", own.get(0)),
                    title + ": the view scrolled to " + own.get(0));
            List<Marked> sentences = sorted(now.marked("mark-passage"));
            assertEquals(sorted(row.proposal().passages().stream().map(p -> now.at(p.span().start(), p.span().end()))
                    .toList()), sentences, title + ": the sentences kept for " + row.candidate().name());
            // a right-to-left text is shown with line breaks where its lines break, in place of spaces
            assertEquals(row.proposal().passages().stream().map(p -> p.text().replace('\n', ' '))
                            .collect(Collectors.toSet()),
                    sentences.stream().map(m -> m.text().replace('\n', ' ')).collect(Collectors.toSet()),
                    title + ": what is marked is what the mentions of " + row.candidate().name() + " will keep");
            for (Marked name : own) {
                assertTrue(sentences.stream().anyMatch(s -> s.start() <= name.start() && name.end() <= s.end()),
                        title + ": the name at " + name + " is in a marked sentence");
            }
        }
        return table.getItems().size();
    }

    private static List<Marked> sorted(List<Marked> marks) {
        return marks.stream().sorted(IN_TEXT_ORDER).toList();
    }

    String text() {
        return text;
    }

    /** The stretch {@code start}–{@code end} of the document, as a mark of it should read. */
    Marked at(int start, int end) {
        return new Marked(start, end, text.substring(start, end));
    }

    /** Whether the mark of this style class covering {@code marked} lies within the visible part of the document. */
    boolean inSight(String styleClass, Marked marked) {
        Node viewport = view.getParent();
        while (viewport != null && !viewport.getStyleClass().contains("viewport")) {
            viewport = viewport.getParent();
        }
        Bounds shown = viewport.localToScene(viewport.getLayoutBounds());
        for (Node n : view.lookupAll("." + styleClass)) {
            if (n instanceof Path path && covered(path).equals(marked)) {
                Bounds at = path.localToScene(path.getBoundsInLocal());
                return at.getMinY() >= shown.getMinY() && at.getMaxY() <= shown.getMaxY();
            }
        }
        return false;
    }

    /** The stretches the marks drawn with this style class cover, in the order they are drawn. */
    List<Marked> marked(String styleClass) {
        List<Marked> out = new ArrayList<>();
        for (Node n : view.lookupAll("." + styleClass)) {
            if (n instanceof Path path) {
                out.add(covered(path));
            }
        }
        return out;
    }

    private Marked covered(Path path) {
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (double[] r : rectangles(path.getElements())) {
            if (r[2] - r[0] < 2) {
                continue;
            }
            // a right-to-left line starts at its right edge, so each rectangle's first letter is at either edge
            double y = (r[1] + r[3]) / 2;
            int left = hit(path, r[0] + 1, y);
            int right = hit(path, r[2] - 1, y);
            start = Math.min(start, Math.min(left, right));
            end = Math.max(end, Math.max(left, right) + 1);
        }
        return end < 0 ? new Marked(-1, -1, "") : at(start, Math.min(end, text.length()));
    }

    private int hit(Path path, double x, double y) {
        Point2D local = flow.sceneToLocal(path.localToScene(x, y));
        return flow.hitTest(local).getCharIndex();
    }

    /** Each closed figure of the shape as {minX, minY, maxX, maxY}. */
    private static List<double[]> rectangles(List<PathElement> elements) {
        List<double[]> out = new ArrayList<>();
        double[] r = null;
        for (PathElement e : elements) {
            double x;
            double y;
            if (e instanceof MoveTo m) {
                r = new double[] {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
                out.add(r);
                x = m.getX();
                y = m.getY();
            } else if (e instanceof LineTo l && r != null) {
                x = l.getX();
                y = l.getY();
            } else {
                continue;
            }
            r[0] = Math.min(r[0], x);
            r[1] = Math.min(r[1], y);
            r[2] = Math.max(r[2], x);
            r[3] = Math.max(r[3], y);
        }
        return out;
    }
}
