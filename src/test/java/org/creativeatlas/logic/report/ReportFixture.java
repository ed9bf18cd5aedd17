package org.creativeatlas.logic.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.creativeatlas.logic.exchange.CatalogueImporter;
import org.creativeatlas.logic.exchange.CatalogueJson;
import org.creativeatlas.store.Catalogue;

/** Catalogues to report on and ways to read a laid-out report back: its text layer, bookmarks and glyph positions. */
final class ReportFixture {

    private ReportFixture() {
    }

    /** A new catalogue file holding the seed catalogue shipped in the jar. */
    static Catalogue seeded(Path dir) {
        Catalogue catalogue = Catalogue.open(dir.resolve("seed.db"));
        try (InputStream in = ReportFixture.class.getResourceAsStream("/seeds/catalogue.json")) {
            new CatalogueImporter().importDocument(catalogue, CatalogueJson.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return catalogue;
    }

    static String text(ReportDocument report) {
        return text(report.pdf(), 1, Integer.MAX_VALUE);
    }

    static String text(PDDocument pdf, int firstPage, int lastPage) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(firstPage);
            stripper.setEndPage(lastPage);
            return stripper.getText(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with every run of white space (line breaks of wrapped lines too) made one space. */
    static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    static List<String> bookmarks(ReportDocument report) {
        List<String> titles = new ArrayList<>();
        for (PDOutlineItem item : report.pdf().getDocumentCatalog().getDocumentOutline().children()) {
            titles.add(item.getTitle());
        }
        return titles;
    }

    /** The right edge of the rightmost glyph on any page, in points. */
    static float rightmostGlyph(ReportDocument report) {
        float[] right = {0};
        try {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition p : positions) {
                        right[0] = Math.max(right[0], p.getXDirAdj() + p.getWidthDirAdj());
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.getText(report.pdf());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return right[0];
    }
}
