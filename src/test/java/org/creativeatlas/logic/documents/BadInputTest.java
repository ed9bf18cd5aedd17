package org.creativeatlas.logic.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.creativeatlas.logic.SaidInEveryLanguage;
import org.creativeatlas.logic.documents.DocumentException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way a file can be unfit gives a one-line message that names the file, and nothing but a DocumentException;
 * its reason is written in every language of the window (the cases below meet every {@link Reason}).
 */
class BadInputTest {

    @TempDir
    Path dir;

    private DocumentException refused(String name, byte[] bytes, Reason reason, String words) throws Exception {
        Path file = Files.write(dir.resolve(name), bytes);
        return refused(file, reason, words);
    }

    private static DocumentException refused(Path file, Reason reason, String words) {
        DocumentException e = assertThrows(DocumentException.class, () -> new DocumentReader().read(file));
        assertEquals(reason, e.reason(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file.getFileName() + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(words), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
        SaidInEveryLanguage.assertSaid(e.problem());
        return e;
    }

    @Test
    void emptyFile() throws Exception {
        refused("empty.txt", new byte[0], Reason.EMPTY, "empty");
        refused("blank.md", "  \n\n \t\n".getBytes(StandardCharsets.UTF_8), Reason.EMPTY, "no text");
    }

    @Test
    void binaryDataWithATextExtension() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 1, 2, 3};
        refused("image.txt", png, Reason.BINARY, "binary data");
        refused("archive.html", Fixtures.docx(null, List.of("x")), Reason.BINARY, "binary data");
    }

    @Test
    void fileOverTheLimitIsRefusedWithoutReadingIt() throws Exception {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(200L * 1024 * 1024);
        }
        refused(big, Reason.TOO_LARGE, "200 MB, over the import limit of 50 MB");
    }

    @Test
    void unknownExtensions() throws Exception {
        refused("table.xlsx", new byte[] {1}, Reason.UNSUPPORTED, ".xlsx cannot be imported; accepted are .txt, .md");
        refused("old.doc", new byte[] {1}, Reason.UNSUPPORTED, "save it as .docx");
        refused("README", new byte[] {1}, Reason.UNSUPPORTED, "without an extension");
    }

    @Test
    void fileThatVanishedBeforeItWasRead() {
        refused(dir.resolve("gone.pdf"), Reason.UNREADABLE, "no such file");
    }

    @Test
    void encryptedPdf() throws Exception {
        refused("secret.pdf", Fixtures.pdf("t", List.of("Secret text"), "user-secret"), Reason.ENCRYPTED,
                "password-protected");
    }

    @Test
    void truncatedPdf() throws Exception {
        byte[] pdf = Fixtures.pdf("t", List.of("Some text here"), null);
        refused("cut.pdf", Arrays.copyOf(pdf, pdf.length / 2), Reason.DAMAGED, "incomplete");
    }

    @Test
    void pdfThatIsNoPdfOrIsDamagedInside() throws Exception {
        refused("fake.pdf", "just some text".getBytes(StandardCharsets.UTF_8), Reason.DAMAGED, "not a PDF");
        byte[] garbage = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"
                .getBytes(StandardCharsets.ISO_8859_1);
        refused("broken.pdf", garbage, Reason.DAMAGED, "cannot be read");
    }

    @Test
    void pdfWithoutTextLayer() throws Exception {
        refused("scan.pdf", Fixtures.pdf("scan", List.of(), null), Reason.EMPTY, "no text layer");
    }

    @Test
    void corruptDocx() throws Exception {
        refused("noise.docx", "this is not a zip at all".getBytes(StandardCharsets.UTF_8), Reason.DAMAGED,
                "not a Word .docx document");
        byte[] docx = Fixtures.docx("t", List.of("x".repeat(5000)));
        refused("cut.docx", Arrays.copyOf(docx, docx.length - 400), Reason.DAMAGED, "damaged");
        refused("other.docx", Fixtures.zip(Map.of("content.xml", "<a/>")), Reason.DAMAGED, "not a Word");
        refused("bad-xml.docx", Fixtures.zip(Map.of("word/document.xml", "<w:document><w:body>")), Reason.DAMAGED,
                "damaged");
        refused("legacy.docx", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}, Reason.ENCRYPTED,
                "old-format");
    }

    @Test
    void zipBombDocx() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 40; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        assertTrue(out.size() < 100_000, "40 MB of spaces packs small");
        refused("bomb.docx", out.toByteArray(), Reason.UNSAFE, "zip bomb");
    }

    @Test
    void docxWithEntitiesIsRefused() throws Exception {
        String billionLaughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
                + "<w:document xmlns:w=\"" + Fixtures.W + "\"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p>"
                + "</w:body></w:document>";
        refused("lol.docx", Fixtures.zip(Map.of("word/document.xml", billionLaughs)), Reason.UNSAFE, "DTD");
        String external = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<w:document xmlns:w=\"" + Fixtures.W + "\"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p>"
                + "</w:body></w:document>";
        refused("xxe.docx", Fixtures.zip(Map.of("word/document.xml", external)), Reason.UNSAFE, "DTD");
    }

    @Test
    void folderIsNoDocument() throws Exception {
        refused(Files.createDirectory(dir.resolve("notes.txt")), Reason.UNSUPPORTED, "folder");
    }
}
