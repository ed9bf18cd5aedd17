package org.creativeatlas.logic.report;

import java.awt.Color;

/** A font face at a size and colour; {@code leading} is the distance between the baselines of wrapped lines. */
record TextStyle(FontFace face, float size, Color color) {

    float leading() {
        return size * 1.32f;
    }

    float width(String text) {
        return face.width(text, size);
    }
}
