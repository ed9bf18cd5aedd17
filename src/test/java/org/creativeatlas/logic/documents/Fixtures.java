package org.creativeatlas.logic.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Small document files built in memory for the reader tests. */
final class Fixtures {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private Fixtures() {
    }

    /** A .docx whose body has one w:p per paragraph; a null title leaves out the core properties. */
    static byte[] docx(String title, List<String> paragraphs) throws IOException {
        StringBuilder body = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"" + W + "\"><w:body>");
        for (String p : paragraphs) {
            body.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(escape(p)).append("</w:t></w:r></w:p>");
        }
        body.append("</w:body></w:document>");
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>");
        entries.put("word/document.xml", body.toString());
        if (title != null) {
            entries.put("docProps/core.xml", "<?xml version=\"1.0\"?><cp:coreProperties "
                    + "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                    + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\">"
                    + "<dc:title>" + escape(title) + "</dc:title><dcterms:created>2023-05-17T09:00:00Z"
                    + "</dcterms:created></cp:coreProperties>");
        }
        return zip(entries);
    }

    static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A PDF with one line of text per entry, in DejaVu Sans so Kazakh letters have glyphs. */
    static byte[] pdf(String title, List<String> lines, String userPassword) throws IOException {
        try (PDDocument doc = new PDDocument(); InputStream ttf = font()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType0Font font = PDType0Font.load(doc, ttf);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(font, 12);
                content.newLineAtOffset(50, 700);
                for (String line : lines) {
                    content.showText(line);
                    content.newLineAtOffset(0, -30);
                }
                content.endText();
            }
            doc.getDocumentInformation().setTitle(title);
            if (userPassword != null) {
                doc.protect(new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission()));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static InputStream font() {
        return Fixtures.class.getResourceAsStream("/fonts/DejaVuSans.ttf");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
