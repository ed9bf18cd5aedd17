package org.creativeatlas.ui;

import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;

/**
 * Text in a right-to-left script (Kazakh in Arabic letters). JavaFX draws such a text that it wraps itself with
 * pieces of lines repeated and others lost, so a label of it stays on one line, cut short, its whole text in a tooltip.
 */
public final class RightToLeft {

    private RightToLeft() {
    }

    /** Whether more of the text's letters are written right to left than left to right. */
    public static boolean is(String text) {
        int rtl = 0;
        int ltr = 0;
        for (int i = 0; i < text.length(); i++) {
            byte d = Character.getDirectionality(text.charAt(i));
            rtl += d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                    ? 1 : 0;
            ltr += d == Character.DIRECTIONALITY_LEFT_TO_RIGHT ? 1 : 0;
        }
        return rtl > ltr;
    }

    /** Lets the label wrap its text unless the text is right to left, which then shows whole in a tooltip. */
    public static void wrap(Labeled label) {
        boolean rightToLeft = is(label.getText());
        label.setWrapText(!rightToLeft);
        label.setTooltip(rightToLeft ? new Tooltip(label.getText()) : null);
    }
}
