package org.creativeatlas.logic.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Lays the whole report out, in order: title page, summary, methodology, one section per country, index. An empty
 * selection gives the title page alone, saying so. Sets the PDF's metadata and bookmarks.
 */
final class ReportRenderer {

    private final ReportContent content;
    private final ReportListener listener;

    ReportRenderer(ReportContent content, ReportListener listener) {
        this.content = content;
        this.listener = listener;
    }

    PDDocument render() {
        PDDocument doc = new PDDocument();
        try {
            ReportStyles styles = new ReportStyles(doc);
            PageFlow flow = new PageFlow(doc, styles.muted);
            Bookmarks bookmarks = new Bookmarks(doc);
            Progress progress = new Progress(listener, content.actors().size());
            progress.stage(content.labels().get("report.title_page"));
            TitlePage.draw(content, flow, styles);
            if (!content.actors().isEmpty()) {
                SummaryPages.draw(content, flow, styles, bookmarks);
                methodology(flow, styles, bookmarks);
                Map<Long, Integer> pages = new HashMap<>();
                CountryPages countries = new CountryPages(content, flow, styles, pages, progress);
                content.sections().forEach(section -> countries.draw(section, bookmarks));
                IndexPages.draw(content, flow, styles, pages, bookmarks, progress);
            }
            flow.finish(content.title());
            describe(doc);
            progress.stage("");
            return doc;
        } catch (RuntimeException e) {
            closeQuietly(doc);
            throw e;
        }
    }

    private void methodology(PageFlow flow, ReportStyles styles, Bookmarks bookmarks) {
        String title = content.labels().get("report.methodology");
        flow.section(title);
        flow.need(styles.h1.leading() * 2 + styles.body.leading() * 4);
        bookmarks.add(title, flow);
        flow.heading(styles.h1, title, styles.body);
        for (String paragraph : content.methodology().split("\\R\\s*\\R")) {
            flow.paragraph(styles.body, paragraph.strip(), 0);
            flow.down(styles.body.size() * 0.6f);
        }
    }

    private void describe(PDDocument doc) {
        ReportLabels labels = content.labels();
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(content.title());
        if (!content.options().author().isEmpty()) {
            info.setAuthor(content.options().author());
        }
        info.setSubject(labels.get("report.subject"));
        info.setCreator("Creative Atlas");
        info.setCreationDate(Calendar.getInstance());
        doc.getDocumentCatalog().setLanguage(labels.language());
    }

    private static void closeQuietly(PDDocument doc) {
        try {
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
