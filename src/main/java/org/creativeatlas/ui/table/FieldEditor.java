package org.creativeatlas.ui.table;

import java.util.function.Consumer;
import javafx.scene.Node;

/**
 * The input control of one actor field. A table cell shows it while editing; the detail form shows it always.
 * It reports what the person typed or chose; storing it (and refusing it) is up to whoever listens.
 */
public interface FieldEditor {

    Node node();

    /** Shows the stored value, without reporting a commit. */
    void show(Object value);

    /** Called with the input (text or chosen value) when the person confirms it. */
    void setOnCommit(Consumer<Object> commit);

    /** Called when the person backs out (Escape). */
    void setOnCancel(Runnable cancel);

    /** Starts editing: takes the focus and, for text, the character typed to start (may be empty). */
    void begin(String typed);
}
