package org.creativeatlas.logic.documents;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * {@code .html}/{@code .htm}: the page's main text. Scripts, menus, headers, footers, sidebars and forms go; the
 * article (or main element) is kept when the page marks one. Title from {@code <title>}, else the first heading;
 * date from the page's publication metadata.
 */
final class HtmlReader implements FormatReader {

    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

    /** Elements that are never the page's own text. */
    private static final String FURNITURE = "script, style, noscript, template, iframe, object, svg, canvas, form, "
            + "button, select, nav, footer, aside, menu, [role=navigation], [role=banner], "
            + "[role=contentinfo], [role=complementary], [role=search], [aria-hidden=true], [hidden]";
    /** Class or id words that mark site furniture by convention. */
    private static final Pattern FURNITURE_NAME = Pattern.compile(
            "(?i)(?:^|[\\s_-])(nav|navbar|navigation|menu|breadcrumbs?|footer|sidebar|cookies?|share|social"
                    + "|subscribe|banner|related|comments?|pagination|widget)(?:$|[\\s_-])");
    private static final String PUBLISHED = "meta[property=article:published_time], meta[itemprop=datePublished], "
            + "meta[name=date], meta[name=dc.date], meta[name=DC.date], time[datetime]";

    @Override
    public RawDocument read(byte[] bytes) throws DocumentException {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher charset = META_CHARSET.matcher(head);
        String html = TextDecoder.decode(bytes, charset.find() ? charset.group(1) : null);
        Document page = Jsoup.parse(html);
        String title = page.title().isBlank() ? null : page.title().strip();
        String date = publishedDate(page);
        page.select(FURNITURE).remove();
        // a page's header is furniture; an article's own header holds its heading
        page.select("header").stream().filter(h -> h.closest("article, main") == null).forEach(Element::remove);
        page.getAllElements().stream()
                .filter(e -> e != page.body() && !e.normalName().equals("html")
                        && FURNITURE_NAME.matcher(e.className() + " " + e.id()).find())
                .toList()
                .forEach(Element::remove);
        Element main = mainElement(page);
        if (title == null) {
            Element heading = main.selectFirst("h1, h2");
            title = heading == null ? null : heading.text();
        }
        return new RawDocument(HtmlText.of(main), title, date);
    }

    /** The marked-up article or main part if there is one with text, else the whole body. */
    private static Element mainElement(Document page) {
        for (String selector : new String[] {"article", "main", "[role=main]", "#content, .content"}) {
            Element e = page.selectFirst(selector);
            if (e != null && e.text().length() > 200) {
                return e;
            }
        }
        return page.body();
    }

    private static String publishedDate(Document page) {
        for (Element e : page.select(PUBLISHED)) {
            String value = e.hasAttr("content") ? e.attr("content") : e.attr("datetime");
            Matcher m = ISO_DATE.matcher(value.strip());
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }
}
