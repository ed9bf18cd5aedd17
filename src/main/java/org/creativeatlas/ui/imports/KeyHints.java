package org.creativeatlas.ui.imports;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.creativeatlas.logic.Messages;

/** The review's single-key commands, shown as key caps with what they do. */
final class KeyHints {

    private static final List<String[]> KEYS = List.of(
            new String[] {"↑ ↓", "review.key.move"}, new String[] {"A", "review.key.accept"},
            new String[] {"N", "review.key.add_new"}, new String[] {"E", "review.key.edit"}, new String[] {"R", "review.key.reject"},
            new String[] {"M", "review.key.merge"}, new String[] {"Enter", "review.key.finish"});

    private final Messages messages;

    KeyHints(Messages messages) {
        this.messages = messages;
    }

    List<Node> nodes() {
        return KEYS.stream().<Node>map(k -> {
            Label cap = new Label(k[0]);
            cap.getStyleClass().add("keycap");
            Label what = new Label(messages.get(k[1]));
            what.getStyleClass().add("muted");
            return new HBox(4, cap, what);
        }).toList();
    }
}
