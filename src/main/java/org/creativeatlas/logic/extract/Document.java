package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A text cut into tokens and sentences, each sentence with the language of its paragraph. */
final class Document {

    /** Tokens {@code from} (inclusive) to {@code to} (exclusive) of one sentence. */
    record Sentence(int from, int to, Lang lang, int paragraph) {
    }

    private static final Set<String> ENDS = Set.of(".", "!", "?", ";", "•", "●", "▪", "…");
    /** Short words a full stop follows without ending the sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("г", "гг", "им", "т", "д", "ул", "обл", "р", "пр", "ж",
            "dr", "prof", "mr", "mrs", "ms", "st", "no", "vs", "etc", "e", "i", "проф", "акад", "тел");

    private static final Set<String> LIST_JOINS = Set.of(",", "and", "и", "а", "также", "және");

    final String text;
    final List<Token> tokens;
    final List<Sentence> sentences = new ArrayList<>();
    final Quotes quotes;
    /** First and last-plus-one token of each paragraph. */
    private final List<int[]> paragraphs = new ArrayList<>();
    private final int[] sentenceOf;

    Document(String text) {
        this.text = text;
        this.tokens = Tokenizer.tokenize(text);
        this.sentenceOf = new int[tokens.size()];
        split();
        this.quotes = new Quotes(this);
    }

    Token token(int i) {
        return tokens.get(i);
    }

    int size() {
        return tokens.size();
    }

    /**
     * Whether tokens {@code from} to {@code to} (exclusive), at most {@code most} of them, are only commas and words
     * for "and": two names listed one after the other.
     */
    boolean listJoined(int from, int to, int most) {
        if (to < from || to - from > most) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!LIST_JOINS.contains(token(i).lower())) {
                return false;
            }
        }
        return true;
    }

    Sentence sentenceAt(int tokenIndex) {
        return sentences.get(sentenceOf[tokenIndex]);
    }

    /** The tokens of the paragraph token i is in, as {first, last + 1}. */
    int[] paragraphOf(int i) {
        return paragraphs.get(sentenceAt(i).paragraph());
    }

    /** The tokens of paragraph {@code index}, as {first, last + 1}; a paragraph of no tokens has first = last + 1. */
    int[] paragraph(int index) {
        return paragraphs.get(index);
    }

    private void split() {
        int paragraph = 0;
        int paragraphStart = 0;
        int sentenceStart = 0;
        List<int[]> pending = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0 && newlineBetween(tokens.get(i - 1).end(), tokens.get(i).start())) {
                addSentence(pending, sentenceStart, i);
                finishParagraph(pending, paragraphStart, i, paragraph++);
                paragraphStart = i;
                sentenceStart = i;
            }
            if (endsSentence(i)) {
                addSentence(pending, sentenceStart, i + 1);
                sentenceStart = i + 1;
            }
        }
        addSentence(pending, sentenceStart, tokens.size());
        finishParagraph(pending, paragraphStart, tokens.size(), paragraph);
    }

    private boolean newlineBetween(int from, int to) {
        for (int c = from; c < to; c++) {
            if (text.charAt(c) == '\n') {
                return true;
            }
        }
        return false;
    }

    private static void addSentence(List<int[]> pending, int from, int to) {
        if (to > from) {
            pending.add(new int[] {from, to});
        }
    }

    /** The paragraph's language is decided once, from all its letters, and given to each of its sentences. */
    private void finishParagraph(List<int[]> pending, int from, int to, int paragraph) {
        if (pending.isEmpty()) {
            return;
        }
        Lang lang = Lang.of(text, tokens.get(from).start(), tokens.get(to - 1).end());
        while (paragraphs.size() < paragraph) {
            paragraphs.add(new int[] {from, from});
        }
        paragraphs.add(new int[] {from, to});
        for (int[] s : pending) {
            for (int i = s[0]; i < s[1]; i++) {
                sentenceOf[i] = sentences.size();
            }
            sentences.add(new Sentence(s[0], s[1], lang, paragraph));
        }
        pending.clear();
    }

    private boolean endsSentence(int i) {
        Token t = tokens.get(i);
        if (!ENDS.contains(t.text())) {
            return false;
        }
        if (!t.is(".")) {
            return true;
        }
        if (i == 0 || i + 1 >= tokens.size()) {
            return true;
        }
        Token before = tokens.get(i - 1);
        Token after = tokens.get(i + 1);
        boolean initial = before.isInitial();
        boolean joined = after.start() == t.end();
        // "lyceum n.a. R.Glière": named after
        boolean namedAfter = i >= 3 && before.text().equals("a") && tokens.get(i - 3).text().equals("n");
        return !(initial || ABBREVIATIONS.contains(before.lower()) || joined || namedAfter
                || Character.isLowerCase(after.text().charAt(0)));
    }
}
