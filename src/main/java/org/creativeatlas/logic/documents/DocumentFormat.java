package org.creativeatlas.logic.documents;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** The file types an import accepts, by extension. */
public enum DocumentFormat {
    TEXT(PlainTextReader::new, "txt"),
    MARKDOWN(MarkdownReader::new, "md", "markdown"),
    HTML(HtmlReader::new, "html", "htm"),
    PDF(PdfReader::new, "pdf"),
    DOCX(DocxReader::new, "docx");

    private final Supplier<FormatReader> reader;
    private final List<String> extensions;

    DocumentFormat(Supplier<FormatReader> reader, String... extensions) {
        this.reader = reader;
        this.extensions = List.of(extensions);
    }

    /** Lower-case extensions without the dot. */
    public List<String> extensions() {
        return extensions;
    }

    /** The format a file name's extension names. */
    public static Optional<DocumentFormat> of(String fileName) {
        String ext = extension(fileName);
        return Arrays.stream(values()).filter(f -> f.extensions.contains(ext)).findFirst();
    }

    /** Every accepted extension, for file choosers and folder scans. */
    public static List<String> allExtensions() {
        return Arrays.stream(values()).flatMap(f -> f.extensions.stream()).toList();
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    FormatReader reader() {
        return reader.get();
    }
}
