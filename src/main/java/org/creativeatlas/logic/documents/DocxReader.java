package org.creativeatlas.logic.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.creativeatlas.model.Problem;

/**
 * {@code .docx}: the body text of {@code word/document.xml}, one paragraph per {@code w:p}, and title and creation
 * date from {@code docProps/core.xml}. A minimal reader on purpose: two zip entries and a streaming XML parser are
 * all it takes, with every size bounded by {@link BoundedZip} and DTDs refused by {@link SafeXml}, where Apache POI
 * would add a dozen jars and its own memory appetite for what is, here, a text dump.
 */
final class DocxReader implements FormatReader {

    private static final String BODY = "word/document.xml";
    private static final String CORE = "docProps/core.xml";

    @Override
    public RawDocument read(byte[] bytes) throws DocumentException {
        if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF) {
            throw new DocumentException(DocumentException.Reason.ENCRYPTED,
                    Problem.of("document.encrypted.word"));
        }
        try {
            Map<String, byte[]> parts = BoundedZip.read(bytes, Set.of(BODY, CORE));
            if (!parts.containsKey(BODY)) {
                throw new DocumentException(DocumentException.Reason.DAMAGED,
                        Problem.of("document.not_docx"));
            }
            Core core = parts.containsKey(CORE) ? Core.of(parts.get(CORE)) : Core.NONE;
            return new RawDocument(body(parts.get(BODY)), core.title(), core.created());
        } catch (IOException | XMLStreamException e) {
            throw new DocumentException(DocumentException.Reason.DAMAGED,
                    Problem.of("document.damaged.word"), e);
        }
    }

    /** Text of w:t runs; w:tab, w:br and paragraph ends as whitespace; deleted text, field codes and fallbacks skipped. */
    private static String body(byte[] xml) throws XMLStreamException, DocumentException {
        StringBuilder out = new StringBuilder(xml.length / 4);
        XMLStreamReader r = SafeXml.open(new ByteArrayInputStream(xml));
        int skipped = 0;
        boolean inText = false;
        while (r.hasNext()) {
            int event = SafeXml.next(r);
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                if (skipped > 0 || name.equals("Fallback") || name.equals("instrText") || name.equals("delText")) {
                    skipped++;
                } else {
                    inText = name.equals("t");
                    switch (name) {
                        case "tab" -> out.append('\t');
                        case "br", "cr" -> out.append('\n');
                        default -> { }
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (skipped > 0) {
                    skipped--;
                } else if (r.getLocalName().equals("p")) {
                    out.append("\n\n");
                }
                inText = false;
            } else if (inText && skipped == 0 && event == XMLStreamConstants.CHARACTERS) {
                out.append(r.getText());
            }
        }
        r.close();
        return out.toString();
    }

    /** Title and creation date from the package's core properties. */
    private record Core(String title, String created) {

        static final Core NONE = new Core(null, null);

        static Core of(byte[] xml) throws XMLStreamException, DocumentException {
            XMLStreamReader r = SafeXml.open(new ByteArrayInputStream(xml));
            String title = null;
            String created = null;
            while (r.hasNext()) {
                if (SafeXml.next(r) == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "title" -> title = r.getElementText().strip();
                        case "created" -> created = r.getElementText().strip();
                        default -> { }
                    }
                }
            }
            r.close();
            return new Core(title == null || title.isEmpty() ? null : title,
                    created == null || created.length() < 10 ? null : created.substring(0, 10));
        }
    }
}
