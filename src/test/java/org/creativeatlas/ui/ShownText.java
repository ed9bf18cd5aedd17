package org.creativeatlas.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;

/**
 * What the labels, buttons, check boxes, tabs and column headers of a window show of their words, as their skins
 * draw them: the whole text, or its start and an ellipsis where their room is too small («Прин…» for «Принять»);
 * and whether an empty field has room for its whole hint (a field cuts it off without an ellipsis).
 */
final class ShownText {

    /** Two Latin words in a row: an English sentence, where a file type or a path in a window's text has one. */
    private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]+ [A-Za-z]+");

    private ShownText() {
    }

    /** Whether a text shown in a Russian or Kazakh window has an English sentence in it. */
    static boolean hasEnglish(String text) {
        return ENGLISH.matcher(text).find();
    }

    /** What the skin draws of the text: all of it, or fewer words and an ellipsis; the text while it has no skin. */
    static String of(Labeled labeled) {
        // the skin's own text node: a graphic may be a Text too (an icon)
        return labeled.getChildrenUnmodifiable().stream()
                .filter(t -> t instanceof Text && t.getClass().getSimpleName().equals("LabeledText"))
                .map(t -> ((Text) t).getText()).findFirst().orElse(labeled.getText());
    }

    /**
     * The shown labels (buttons, check boxes, tab and column headers…) under {@code root} whose words are cut short,
     * each as «what it shows» for «its text» (what it is), and the empty fields whose hint is cut off. Table and list
     * cells hold data, which a column may cut: they are left out.
     */
    static List<String> cut(Parent root) {
        return cut(root, Set.of());
    }

    /** As {@link #cut(Parent)}, leaving out the labels and hints that show one of {@code data} (an actor's name, say). */
    static List<String> cut(Parent root, Set<String> data) {
        List<String> found = new ArrayList<>();
        collect(root, null, data, found);
        return found;
    }

    /**
     * As {@link #cut(Parent, Set)}, and the labels cut off by the edge of their pane besides: {@code room} is where a
     * label can be seen, the window narrowed by each pane of a split pane (which cuts off what overflows it); inside
     * a scroll pane or a table's header a label may be scrolled out of sight instead.
     */
    static List<String> clipped(Parent root, Set<String> data) {
        List<String> found = new ArrayList<>();
        collect(root, root.localToScene(root.getLayoutBounds()), data, found);
        return found;
    }

    private static void collect(Node node, Bounds room, Set<String> data, List<String> found) {
        if (!node.isVisible() || node instanceof VirtualFlow<?>) {
            return;
        }
        if (room != null && node.getParent() != null && node.getParent().getParent() instanceof SplitPane) {
            room = intersection(room, node.localToScene(node.getLayoutBounds()));
        }
        if (node instanceof ScrollPane || node instanceof TableView<?>) {
            room = null;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            String shown = of(labeled);
            if (!shown.equals(labeled.getText()) && !data.contains(labeled.getText())) {
                found.add("«" + shown + "» for «" + labeled.getText() + "» (" + what(labeled)
                        + String.format(" %.1f of %.1f)", labeled.getWidth(), labeled.prefWidth(-1)));
            }
            Bounds at = labeled.localToScene(labeled.getLayoutBounds());
            if (room != null && labeled.getWidth() > 0
                    && (at.getMaxX() > room.getMaxX() + 1 || at.getMinX() < room.getMinX() - 1)) {
                found.add("«" + labeled.getText() + "» is cut off by the edge of its pane (" + what(labeled) + ")");
            }
        }
        if (node instanceof TextField field && hintCut(field) && !data.contains(field.getPromptText())) {
            found.add("the hint «" + field.getPromptText() + "» is cut (" + what(field)
                    + String.format(" %.1f of %.1f)", field.getWidth(), hintWidth(field)));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, room, data, found);
            }
        }
    }

    /** An empty field's hint (its prompt text) that is wider than the room for text in the field. */
    private static boolean hintCut(TextField field) {
        return (field.getText() == null || field.getText().isEmpty()) && field.getPromptText() != null
                && !field.getPromptText().isEmpty() && field.getWidth() > 0 && hintWidth(field) > field.getWidth() + 0.5;
    }

    /** How wide the field must be to show its whole hint. */
    private static double hintWidth(TextField field) {
        Text hint = new Text(field.getPromptText());
        hint.setFont(field.getFont());
        return hint.getLayoutBounds().getWidth() + field.snappedLeftInset() + field.snappedRightInset();
    }

    /** The kind of label and, to find it, its id or the id of the nearest node around it that has one. */
    private static String what(Control control) {
        String kind = control.getParent() instanceof TableColumnHeader ? "column header"
                : control.getClass().getSimpleName();
        for (Node n = control; n != null; n = n.getParent()) {
            if (n.getId() != null) {
                return kind + (n == control ? " #" : " in #") + n.getId();
            }
        }
        return kind;
    }

    private static Bounds intersection(Bounds a, Bounds b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double maxX = Math.min(a.getMaxX(), b.getMaxX());
        return new BoundingBox(minX, a.getMinY(), Math.max(0, maxX - minX), a.getHeight());
    }
}
