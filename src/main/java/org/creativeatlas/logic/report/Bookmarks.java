package org.creativeatlas.logic.report;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/** The PDF outline: one bookmark per part of the report, each opening its page at the heading. */
final class Bookmarks {

    private final PDDocumentOutline outline = new PDDocumentOutline();

    Bookmarks(PDDocument doc) {
        doc.getDocumentCatalog().setDocumentOutline(outline);
    }

    /** A bookmark to where the flow is now (call it just before drawing the heading). */
    void add(String title, PageFlow flow) {
        flow.stream(); // makes sure there is a page to point at
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(flow.page());
        destination.setTop((int) flow.top() + 20);
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(destination);
        outline.addLast(item);
    }
}
