package org.creativeatlas.logic.extract.learn;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/** Finds names in the sentences of one document at a time, with the model's probability for each. */
public final class NameTagger {

    /** Tokens {@code from} to {@code to} (exclusive) of the sentence given, a type and the model's probability. */
    public record Name(int from, int to, String type, double probability) {
    }

    private final NameFinderME finder;

    NameTagger(TokenNameFinderModel model) {
        this.finder = new NameFinderME(model);
    }

    /** Forgets what earlier sentences said about words: call before each new document. */
    public void newDocument() {
        finder.clearAdaptiveData();
    }

    public List<Name> find(String[] tokens) {
        Span[] spans = finder.find(tokens);
        double[] probabilities = finder.probs(spans);
        List<Name> out = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            out.add(new Name(spans[i].getStart(), spans[i].getEnd(), spans[i].getType(), probabilities[i]));
        }
        return out;
    }
}
