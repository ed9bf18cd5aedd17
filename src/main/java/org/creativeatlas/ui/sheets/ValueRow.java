package org.creativeatlas.ui.sheets;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import org.creativeatlas.ui.table.FieldFormat.Choice;

/**
 * One different text of a code-list column in the wizard's value table: where it is, how many rows hold it, whether
 * the import's rules can read it, the readings it can be given, and the one chosen: null to keep the rules' reading,
 * "" to leave the field empty, else a code.
 */
public record ValueRow(int column, String header, String text, int rows, boolean readable, List<Choice> choices,
                       ObjectProperty<String> chosen) {

    /** Whether the row will be left out as things stand: the rules cannot read the text and nothing was chosen. */
    public boolean unread() {
        return !readable && chosen.get() == null;
    }
}
