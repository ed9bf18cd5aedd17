package org.creativeatlas.logic.report;

import java.awt.Color;
import org.apache.pdfbox.pdmodel.PDDocument;

/** The report's type: DejaVu Sans (which covers Latin, Cyrillic with every Kazakh letter) at a few sizes. */
final class ReportStyles {

    static final Color INK = new Color(0x1A1A1A);
    static final Color MUTED = new Color(0x5A5A5A);
    static final Color ACCENT = new Color(0x1F4E79);

    final TextStyle title;
    final TextStyle subtitle;
    final TextStyle h1;
    final TextStyle h2;
    final TextStyle h3;
    final TextStyle body;
    final TextStyle bold;
    final TextStyle small;
    final TextStyle smallBold;
    final TextStyle muted;

    ReportStyles(PDDocument doc) {
        FontFace regular = FontFace.load(doc, "/fonts/DejaVuSans.ttf");
        FontFace boldFace = FontFace.load(doc, "/fonts/DejaVuSans-Bold.ttf");
        title = new TextStyle(boldFace, 24, ACCENT);
        subtitle = new TextStyle(regular, 13, INK);
        h1 = new TextStyle(boldFace, 17, ACCENT);
        h2 = new TextStyle(boldFace, 12.5f, ACCENT);
        h3 = new TextStyle(boldFace, 10.5f, INK);
        body = new TextStyle(regular, 9.5f, INK);
        bold = new TextStyle(boldFace, 9.5f, INK);
        small = new TextStyle(regular, 8, INK);
        smallBold = new TextStyle(boldFace, 8, INK);
        muted = new TextStyle(regular, 8, MUTED);
    }
}
