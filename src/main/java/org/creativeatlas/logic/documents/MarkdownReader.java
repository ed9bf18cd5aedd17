package org.creativeatlas.logic.documents;

import java.util.regex.Pattern;

/**
 * {@code .md}: the text with Markdown's markers stripped lightly — headings, emphasis, code ticks, list and quote
 * markers, links and images (their text stays) — without a full Markdown parser, since only the words matter here.
 */
final class MarkdownReader implements FormatReader {

    private static final Pattern FENCE = Pattern.compile("(?m)^\\s*(```|~~~).*$");
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern HEADING = Pattern.compile("(?m)^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern SETEXT = Pattern.compile("(?m)^\\s*(=+|-+)\\s*$");
    private static final Pattern QUOTE = Pattern.compile("(?m)^\\s*(>\\s?)+");
    private static final Pattern BULLET = Pattern.compile("(?m)^(\\s*)(?:[-*+]|\\d+[.)])\\s+");
    private static final Pattern IMAGE_OR_LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern REFERENCE = Pattern.compile("(?m)^\\s*\\[[^\\]]+]:\\s+\\S+.*$");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*{1,3}|~~)(\\S(?:.*?\\S)?)\\1");
    /** Underscores emphasise only at word edges, so snake_case names survive. */
    private static final Pattern UNDERSCORES =
            Pattern.compile("(?<![\\p{L}\\p{N}_])(_{1,3})(\\S(?:.*?\\S)?)\\1(?![\\p{L}\\p{N}_])");
    private static final Pattern CODE = Pattern.compile("`+([^`]*)`+");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>");

    @Override
    public RawDocument read(byte[] bytes) throws DocumentException {
        String s = TextDecoder.decode(bytes, null).replace("\r\n", "\n");
        s = FENCE.matcher(s).replaceAll("");
        s = RULE.matcher(s).replaceAll("");
        s = HEADING.matcher(s).replaceAll("$1\n");
        s = SETEXT.matcher(s).replaceAll("");
        s = REFERENCE.matcher(s).replaceAll("");
        s = QUOTE.matcher(s).replaceAll("");
        s = BULLET.matcher(s).replaceAll("$1");
        s = IMAGE_OR_LINK.matcher(s).replaceAll("$1");
        s = EMPHASIS.matcher(s).replaceAll("$2");
        s = UNDERSCORES.matcher(s).replaceAll("$2");
        s = CODE.matcher(s).replaceAll("$1");
        s = TAG.matcher(s).replaceAll("");
        return RawDocument.of(s);
    }
}
