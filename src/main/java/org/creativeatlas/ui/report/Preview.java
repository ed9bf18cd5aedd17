package org.creativeatlas.ui.report;

import org.creativeatlas.logic.report.ReportDocument;

/**
 * A laid-out report with the facts the preview needs at once, read on the layout's thread: asking the document
 * on the FX thread could wait behind a page being rendered. The report's pages all have one size.
 */
record Preview(ReportDocument document, int pageCount, double pageWidth, double pageHeight) {

    static Preview of(ReportDocument document) {
        return new Preview(document, document.pageCount(), document.pageWidth(0), document.pageHeight(0));
    }
}
