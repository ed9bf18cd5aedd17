package org.creativeatlas.logic.report;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The flow layout every part of the report is poured into: A4 pages with margins, a cursor going down the page, a
 * new page when the next thing does not fit, and at the end a running header (report title and the section of the
 * page) and a "page / pages" footer on every page after the title page. Coordinates are PDF points, y upwards; the
 * cursor {@link #top()} is the top of the next thing to draw.
 */
final class PageFlow {

    static final PDRectangle PAGE = PDRectangle.A4;
    static final float MARGIN = 56;
    private static final float HEADER_ROOM = 24;
    private static final Color RULE = new Color(0xB0B0B0);

    private final PDDocument doc;
    private final TextStyle headerStyle;
    private final List<String> pageSections = new ArrayList<>();
    private PDPageContentStream stream;
    private float top;
    private String section = "";

    PageFlow(PDDocument doc, TextStyle headerStyle) {
        this.doc = doc;
        this.headerStyle = headerStyle;
    }

    float left() {
        return MARGIN;
    }

    float width() {
        return PAGE.getWidth() - 2 * MARGIN;
    }

    float top() {
        return top;
    }

    /** The full height a page offers below its header, for things that must fit on one page. */
    float pageHeight() {
        return PAGE.getHeight() - 2 * MARGIN - HEADER_ROOM;
    }

    /** Pages so far, which is also the (1-based) number of the current page. */
    int pageNumber() {
        return pageSections.size();
    }

    PDPage page() {
        return doc.getPage(pageSections.size() - 1);
    }

    PDPageContentStream stream() {
        if (stream == null) {
            newPage();
        }
        return stream;
    }

    /** The section named in the running header from the next page on (and on this one if it is still empty). */
    void section(String name) {
        section = name;
        if (stream != null && atPageTop()) {
            pageSections.set(pageSections.size() - 1, name);
        }
    }

    void newPage() {
        closeStream();
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        pageSections.add(section);
        try {
            stream = new PDPageContentStream(doc, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        top = PAGE.getHeight() - MARGIN - HEADER_ROOM;
    }

    boolean atPageTop() {
        return top == PAGE.getHeight() - MARGIN - HEADER_ROOM;
    }

    /** Starts a new page unless {@code height} still fits on this one. */
    void need(float height) {
        if (stream == null || (top - height < MARGIN && !atPageTop())) {
            newPage();
        }
    }

    /** Moves the cursor down; a gap at the foot of a page is simply dropped. */
    void down(float height) {
        top = Math.max(MARGIN, top - height);
    }

    /** Puts the cursor back up the page, to start a second column beside the first. */
    void moveTo(float newTop) {
        top = newTop;
    }

    /** Wrapped text at an indent from the left margin, breaking pages between lines. */
    void paragraph(TextStyle style, String text, float indent) {
        for (String line : TextWrapper.wrap(text, style, width() - indent)) {
            need(style.leading());
            text(style, line, left() + indent, top - style.size());
            top -= style.leading();
        }
    }

    /** A heading kept with at least a few lines of what follows it, with space above unless at a page's top. */
    void heading(TextStyle style, String text, TextStyle next) {
        heading(style, text, next.leading() * 5);
    }

    /** A heading kept with the first {@code keepWith} points of what follows it: a few lines, or a whole chart. */
    void heading(TextStyle style, String text, float keepWith) {
        if (!atPageTop()) {
            down(style.size() * 0.8f);
        }
        need(style.leading() * 2 + keepWith);
        paragraph(style, text, 0);
        down(style.size() * 0.3f);
    }

    /** One line of printable text with its baseline at {@code baseline}. */
    void text(TextStyle style, String printable, float x, float baseline) {
        text(stream(), style, printable, x, baseline);
    }

    void rule(float x1, float x2, float y, Color color, float lineWidth) {
        try {
            stream().setStrokingColor(color);
            stream.setLineWidth(lineWidth);
            stream.moveTo(x1, y);
            stream.lineTo(x2, y);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the last page and draws headers and footers now that the number of pages is known. */
    void finish(String title) {
        closeStream();
        int pages = pageSections.size();
        for (int i = 1; i < pages; i++) {
            try (PDPageContentStream s = new PDPageContentStream(doc, doc.getPage(i), AppendMode.APPEND, true, true)) {
                decorate(s, title, pageSections.get(i), (i + 1) + " / " + pages);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void decorate(PDPageContentStream s, String title, String pageSection, String number) throws IOException {
        float headerBase = PAGE.getHeight() - MARGIN + 4;
        float right = left() + width();
        String sectionText = headerStyle.face().printable(pageSection);
        float sectionWidth = headerStyle.width(sectionText);
        List<String> titleLines = TextWrapper.wrap(title, headerStyle, Math.max(40, width() - sectionWidth - 24));
        text(s, headerStyle, titleLines.isEmpty() ? "" : titleLines.get(0), left(), headerBase);
        text(s, headerStyle, sectionText, right - sectionWidth, headerBase);
        s.setStrokingColor(RULE);
        s.setLineWidth(0.5f);
        s.moveTo(left(), headerBase - 5);
        s.lineTo(right, headerBase - 5);
        s.stroke();
        text(s, headerStyle, number, left() + (width() - headerStyle.width(number)) / 2, MARGIN - 28);
    }

    private static void text(PDPageContentStream s, TextStyle style, String printable, float x, float baseline) {
        if (printable.isEmpty()) {
            return;
        }
        try {
            s.beginText();
            s.setFont(style.face().font(), style.size());
            s.setNonStrokingColor(style.color());
            s.newLineAtOffset(x, baseline);
            s.showText(printable);
            s.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeStream() {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stream = null;
        }
    }
}
