package org.creativeatlas.logic.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Pairs quotation marks. Guillemets have a fixed side; straight and curly quotes are told apart by what touches them
 * (an opening mark is followed by a word, a closing one follows a word), so a stray mark does not shift the pairs after it.
 */
final class Quotes {

    /** Tokens {@code open} and {@code close} are the marks; the quoted words lie between them. */
    record Quote(int open, int close) {
    }

    private static final int MAX_TOKENS = 40;
    private static final String MARKS = "«»\"“”„";

    private final List<Quote> quotes = new ArrayList<>();
    private final int[] closing;
    private final int[] inside;
    private final Document doc;

    Quotes(Document doc) {
        this.doc = doc;
        closing = new int[doc.size()];
        inside = new int[doc.size()];
        Arrays.fill(closing, -1);
        Arrays.fill(inside, -1);
        pair();
    }

    List<Quote> all() {
        return quotes;
    }

    /** The index of the closing mark if token i opens a quote, else -1. */
    int closingOf(int i) {
        return closing[i];
    }

    /** The quote token i lies within (marks included), else null. */
    Quote around(int i) {
        return inside[i] < 0 ? null : quotes.get(inside[i]);
    }

    private void pair() {
        Deque<Integer> open = new ArrayDeque<>();
        // «организация "Центр … "Мекеним Ала-Тоо" и»: one mark closes an inner quote and the outer one it ends with
        int[] innerClose = new int[doc.size()];
        Arrays.fill(innerClose, -1);
        // "the ‘Astana Sazy’ folk ensemble": single marks pair only with each other, since ’ is also the apostrophe
        // of a plural possessive ("teachers’ day") that must not close a «
        Deque<Integer> single = new ArrayDeque<>();
        for (int i = 0; i < doc.size(); i++) {
            if (i > 0 && doc.sentenceAt(i) != doc.sentenceAt(i - 1)) {
                closeDoubled(open, innerClose, i - 1);
            }
            Token t = doc.token(i);
            // "an exhibition entitled 'Kyrgyz Kochu'": a straight single mark opens before a word, closes after one
            int straight = t.is("'") ? side(i) : 0;
            if (t.is("‘") || straight > 0) {
                single.push(i);
                continue;
            }
            if (t.is("’") || straight < 0) {
                pairWith(single, i);
                continue;
            }
            if (t.text().length() != 1 || MARKS.indexOf(t.text().charAt(0)) < 0) {
                continue;
            }
            int side = side(i);
            if (side > 0 || side == 0 && open.isEmpty()) {
                open.push(i);
            } else {
                pairWith(open, i);
                if (!open.isEmpty() && innerClose[open.peek()] < 0) {
                    innerClose[open.peek()] = i;
                }
            }
        }
        closeDoubled(open, innerClose, doc.size() - 1);
    }

    /**
     * At a sentence's end, pairs each quote still open in it whose inner quote closed, with that close; not one opening
     * the sentence, which quotes speech that may run on.
     */
    private void closeDoubled(Deque<Integer> open, int[] innerClose, int last) {
        while (!open.isEmpty() && doc.sentenceAt(open.peek()) == doc.sentenceAt(last)
                && open.peek() > doc.sentenceAt(last).from() && innerClose[open.peek()] >= 0) {
            int from = open.pop();
            if (innerClose[from] - from <= MAX_TOKENS) {
                add(from, innerClose[from]);
            }
        }
    }

    private void pairWith(Deque<Integer> open, int i) {
        if (open.isEmpty()) {
            return;
        }
        int from = open.pop();
        if (i - from <= MAX_TOKENS && doc.sentenceAt(from).paragraph() == doc.sentenceAt(i).paragraph()) {
            add(from, i);
        }
    }

    private void add(int from, int to) {
        // «"Кыргыз биримдиги"-"Кыргызское единение"»: a name and its translation joined by a hyphen are one quote
        int hyphen = from - 1;
        Quote before = hyphen > 0 && inside[hyphen - 1] >= 0 ? quotes.get(inside[hyphen - 1]) : null;
        if (before != null && before.close() == hyphen - 1 && glued(hyphen - 1, hyphen) && glued(hyphen, from)
                && (doc.token(hyphen).is("-") || doc.token(hyphen).is("–"))) {
            int index = inside[hyphen - 1];
            quotes.set(index, new Quote(before.open(), to));
            closing[before.open()] = to;
            for (int k = hyphen; k <= to; k++) {
                inside[k] = inside[k] < 0 ? index : inside[k];
            }
            return;
        }
        closing[from] = to;
        for (int k = from; k <= to; k++) {
            if (inside[k] < 0) {
                inside[k] = quotes.size();
            }
        }
        quotes.add(new Quote(from, to));
    }

    /** +1 opens, -1 closes, 0 cannot tell. */
    private int side(int i) {
        char c = doc.token(i).text().charAt(0);
        if (c == '«' || c == '„') {
            return 1;
        }
        if (c == '»') {
            return -1;
        }
        Token t = doc.token(i);
        // «-"Кыргызское единение"», «("Центр»: a mark glued to a dash or bracket before a word opens
        boolean gluedBefore = i > 0 && doc.token(i - 1).end() == t.start() && closesWord(doc.token(i - 1).text());
        boolean gluedAfter = i + 1 < doc.size() && doc.token(i + 1).start() == t.end()
                && Character.isLetterOrDigit(doc.token(i + 1).text().charAt(0));
        if (gluedAfter && !gluedBefore) {
            return 1;
        }
        if (gluedBefore && !gluedAfter) {
            return -1;
        }
        return c == '”' ? -1 : c == '“' ? 1 : 0;
    }

    private boolean glued(int a, int b) {
        return doc.token(a).end() == doc.token(b).start();
    }

    private static boolean closesWord(String before) {
        char last = before.charAt(before.length() - 1);
        return Character.isLetterOrDigit(last) || ".,!?;:)]…»".indexOf(last) >= 0;
    }
}
