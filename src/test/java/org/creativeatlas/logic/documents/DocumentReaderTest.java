package org.creativeatlas.logic.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {

    private static final String KAZAKH = "«Тұран» университетінің зерттеу тобы Алматыда болды және "
            + "Креативтік индустриялар паркімен кездесті.";

    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader();

    private ReadDocument read(String name, byte[] bytes) throws Exception {
        return reader.read(Files.write(dir.resolve(name), bytes));
    }

    private ReadDocument read(String name, String text) throws Exception {
        return read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void plainTextKeepsParagraphsAndFindsTitleDateLanguage() throws Exception {
        ReadDocument doc = read("news.txt", "Search on website\r\nRound table on creative industries\r\n\r\n\r\n"
                + "On April 8, 2024, the Kazakh National Academy of Choreography opened its doors.   \r\n"
                + "It was the annual Science Week.\r\n");
        assertEquals("news.txt", doc.fileName());
        assertEquals("Round table on creative industries", doc.title());
        assertEquals("Search on website\nRound table on creative industries\n\n"
                + "On April 8, 2024, the Kazakh National Academy of Choreography opened its doors.\n"
                + "It was the annual Science Week.", doc.text());
        assertEquals("en", doc.language());
        assertEquals("2024-04-08", doc.date());
        assertEquals(DocumentReader.sha256(doc.text()), doc.sha256());
        assertEquals(64, doc.sha256().length());
    }

    @Test
    void sameTextGivesSameChecksumWhateverTheFile() throws Exception {
        ReadDocument a = read("a.txt", KAZAKH);
        ReadDocument b = read("b.md", "# " + KAZAKH.substring(0, 10) + "\n\n" + KAZAKH);
        ReadDocument c = read("c.txt", "\uFEFF" + KAZAKH + "\r\n");
        assertEquals(a.sha256(), c.sha256());
        assertNotEquals(a.sha256(), b.sha256());
        assertEquals("kk", a.language());
    }

    @Test
    void markdownMarkersAreStrippedLightly() throws Exception {
        ReadDocument doc = read("note.md", """
                # Парк креативных индустрий

                **Дата:** 12 марта 2024 г. — _встреча_ с [партнёрами](https://example.org) и `KOICA`.

                - первый пункт
                - второй пункт
                > цитата
                """);
        assertEquals("Парк креативных индустрий", doc.title());
        assertEquals("Парк креативных индустрий\n\nДата: 12 марта 2024 г. — встреча с партнёрами и KOICA.\n\n"
                + "первый пункт\nвторой пункт\nцитата", doc.text());
        assertEquals("2024-03-12", doc.date());
        assertEquals("ru", doc.language());
    }

    @Test
    void htmlKeepsTheArticleAndDropsMenusScriptsAndFooter() throws Exception {
        String html = """
                <html><head><meta charset="utf-8"><title>Форум креативной экономики</title>
                <script>var menu = 'Главная';</script><style>p{color:red}</style>
                <meta property="article:published_time" content="2024-09-20T10:00:00+05:00"></head>
                <body><header><a href="/">Главная</a> <a href="/news">Новости</a></header>
                <nav><ul><li>О нас</li><li>Контакты</li></ul></nav>
                <div class="main-menu">Меню сайта</div>
                <article><h1>Форум в Бишкеке</h1>
                <p>В Бишкеке прошёл форум креативной экономики.<br>Его открыл министр культуры.</p>
                <p>Участники из Казахстана и Узбекистана обсудили <b>креативные</b> кластеры и поддержку
                молодых дизайнеров, а также новые образовательные программы для художников и музыкантов.</p>
                <aside>Читайте также</aside></article>
                <footer>© 2024 Все права защищены</footer><div id="cookie-banner">Мы используем cookies</div>
                </body></html>
                """;
        ReadDocument doc = read("page.html", html);
        assertEquals("Форум креативной экономики", doc.title());
        assertEquals("2024-09-20", doc.date());
        assertTrue(doc.text().startsWith("Форум в Бишкеке\n\nВ Бишкеке прошёл форум креативной экономики.\n"
                + "Его открыл министр культуры.\n\nУчастники"), doc.text());
        for (String furniture : List.of("Главная", "Контакты", "Меню", "Читайте", "права", "cookies", "var ")) {
            assertFalse(doc.text().contains(furniture), furniture);
        }
        assertEquals("ru", doc.language());
    }

    @Test
    void htmlInDeclaredOrGuessedSingleByteCharset() throws Exception {
        String body = "<html><head><title>Новости</title></head><body><p>Министерство культуры провело конкурс "
                + "молодых художников.</p></body></html>";
        ReadDocument declared = read("a.htm", body.replace("<head>", "<head><meta charset=\"koi8-r\">")
                .getBytes(SingleByteCharset.KOI8_R));
        ReadDocument guessed = read("b.htm", body.getBytes(SingleByteCharset.CP1251));
        assertEquals("Министерство культуры провело конкурс молодых художников.", declared.text());
        assertEquals(declared.text(), guessed.text());
        assertEquals("Новости", guessed.title());
    }

    @Test
    void pdfTextLayerWithKazakhLettersAndMetadata() throws Exception {
        byte[] pdf = Fixtures.pdf("Іссапар есебі", List.of("2025 жылғы 25 қараша", KAZAKH), null);
        ReadDocument doc = read("report.pdf", pdf);
        assertEquals("Іссапар есебі", doc.title());
        assertTrue(doc.text().contains("«Тұран» университетінің зерттеу тобы"), doc.text());
        assertTrue(doc.text().contains("Креативтік индустриялар паркімен"), doc.text());
        assertEquals("2025-11-25", doc.date());
        assertEquals("kk", doc.language());
    }

    @Test
    void docxParagraphsTitleAndSpecialCharacters() throws Exception {
        byte[] docx = Fixtures.docx("Mapping report", List.of("Creative hubs & platforms <2024>",
                "UNESCO Almaty Cluster Office supported the mapping.", KAZAKH));
        ReadDocument doc = read("report.docx", docx);
        assertEquals("Mapping report", doc.title());
        assertEquals("Creative hubs & platforms <2024>\n\nUNESCO Almaty Cluster Office supported the mapping.\n\n"
                + KAZAKH, doc.text());
        assertEquals("mixed", doc.language());
        assertEquals("2023-05-17", doc.date(), "core properties' creation date when the text has none");
    }

    @Test
    void docxWithoutCorePropertiesTakesItsFirstLine() throws Exception {
        ReadDocument doc = read("x.DOCX", Fixtures.docx(null, List.of("Бағдарлама", "Мерекелік концерт болды.")));
        assertEquals("Бағдарлама", doc.title());
        assertNull(doc.date());
    }

    @Test
    void sourceCarriesEveryField() throws Exception {
        ReadDocument doc = read("s.txt", "Заголовок\n\nТекст 2022-09 года.");
        var source = doc.toSource();
        assertEquals(0, source.id());
        assertEquals(doc.sha256(), source.sha256());
        assertEquals("2022-09", source.date());
        assertEquals("s.txt", source.fileName());
    }

    @Test
    void acceptedExtensions() {
        assertEquals(List.of("txt", "md", "markdown", "html", "htm", "pdf", "docx"), DocumentFormat.allExtensions());
        assertTrue(DocumentFormat.of("A.HTM").isPresent());
        assertFalse(DocumentFormat.of("a.doc").isPresent());
    }
}
