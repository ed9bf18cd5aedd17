package org.creativeatlas.logic.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.print.DocFlavor;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.MediaSizeName;
import javax.print.attribute.standard.PageRanges;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.creativeatlas.store.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the print system is handed: the report's own PDF (text in embedded fonts, the chosen pages, on A4) where it
 * takes PDF, as a CUPS queue does; pages drawn by Java where it does not.
 */
class ReportPrinterTest {

    @TempDir
    Path dir;

    @Test
    void aPrinterThatTakesPdfIsHandedTheSavedPdfWithItsFontsOnItsPaper() throws Exception {
        try (Catalogue catalogue = ReportFixture.seeded(dir);
             ReportDocument report = ReportWriter.layout(catalogue, ReportOptions.of("kk"), ReportListener.NONE)) {
            Path saved = dir.resolve("report.pdf");
            report.save(saved);
            SpoolingPrintService queue = new SpoolingPrintService(true);
            PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
            attributes.add(new Copies(2));
            attributes.add(new PageRanges(1, report.pageCount())); // what Java's dialog chooses unless told otherwise

            ReportPrinter.send(queue, report, attributes, () -> {
                throw new AssertionError("drawn pages sent to a queue that takes PDF");
            });

            assertEquals(DocFlavor.INPUT_STREAM.PDF, queue.flavor);
            long savedSize = Files.size(saved);
            assertTrue(Math.abs(queue.spooled.length - savedSize) < savedSize / 100,
                    "the PDF as Save writes it (" + savedSize + " bytes), not " + queue.spooled.length + " bytes");
            assertEquals(MediaSizeName.ISO_A4, queue.attributes.get(javax.print.attribute.standard.Media.class));
            assertEquals(new Copies(2), queue.attributes.get(Copies.class));
            try (PDDocument spooled = Loader.loadPDF(queue.spooled); PDDocument file = Loader.loadPDF(saved.toFile())) {
                assertEquals(report.pageCount(), spooled.getNumberOfPages());
                assertEquals(ReportFixture.text(file, 1, Integer.MAX_VALUE),
                        ReportFixture.text(spooled, 1, Integer.MAX_VALUE));
                PDFont font = spooled.getPage(0).getResources().getFont(
                        spooled.getPage(0).getResources().getFontNames().iterator().next());
                assertTrue(font.isEmbedded(), "text goes as text in an embedded font, not as outlines");
                assertTrue(ReportFixture.flat(ReportFixture.text(spooled, 1, Integer.MAX_VALUE)).contains("Қазақстан"),
                        "Kazakh text can be read back from what was spooled");
            }
        }
    }

    @Test
    void theChosenPagesAreTheOnesHandedOver() throws Exception {
        try (Catalogue catalogue = ReportFixture.seeded(dir);
             ReportDocument report = ReportWriter.layout(catalogue, ReportOptions.of("en"), ReportListener.NONE)) {
            SpoolingPrintService queue = new SpoolingPrintService(true);
            PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
            attributes.add(new PageRanges("2-3"));

            ReportPrinter.send(queue, report, attributes, () -> {
                throw new AssertionError("drawn pages");
            });

            try (PDDocument spooled = Loader.loadPDF(queue.spooled)) {
                assertEquals(2, spooled.getNumberOfPages());
                assertEquals(ReportFixture.flat(ReportFixture.text(report.pdf(), 2, 3)),
                        ReportFixture.flat(ReportFixture.text(spooled, 1, 2)));
            }
            assertNull(queue.attributes.get(PageRanges.class), "the range is in the PDF, not asked of lpr again");
        }
    }

    @Test
    void aPrinterThatTakesNoPdfGetsPagesDrawnByJava() throws Exception {
        try (Catalogue catalogue = ReportFixture.seeded(dir);
             ReportDocument report = ReportWriter.layout(catalogue, ReportOptions.of("en"), ReportListener.NONE)) {
            SpoolingPrintService printer = new SpoolingPrintService(false);
            AtomicBoolean drawn = new AtomicBoolean();

            ReportPrinter.send(printer, report, new HashPrintRequestAttributeSet(), () -> drawn.set(true));

            assertTrue(drawn.get());
            assertFalse(printer.printed());
        }
    }
}
