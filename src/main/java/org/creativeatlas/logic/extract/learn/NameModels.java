package org.creativeatlas.logic.extract.learn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * The name models shipped in the jar, one per language, each read on first use and then kept: opening the app
 * never waits for them, and an import can start reading them early ({@link #loadInBackground}).
 */
public final class NameModels {

    private static final Map<String, Optional<TokenNameFinderModel>> LOADED = new ConcurrentHashMap<>();

    private NameModels() {
    }

    /** The file name of a language's model, beside this class in the jar. */
    static String file(String lang) {
        return "names-" + lang + ".bin";
    }

    /** A tagger on the language's model, or empty if the jar has none. Taggers are not shared between threads. */
    public static Optional<NameTagger> tagger(String lang) {
        return model(lang).map(NameTagger::new);
    }

    static Optional<TokenNameFinderModel> model(String lang) {
        return LOADED.computeIfAbsent(lang, NameModels::read);
    }

    /**
     * Starts reading every model, each on a daemon thread of its own so that they are read side by side, and the
     * first document does not wait for them.
     */
    public static void loadInBackground() {
        for (String lang : new String[] {"en", "ru", "kk"}) {
            Thread t = new Thread(() -> model(lang), "name-model-" + lang);
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            t.start();
        }
    }

    private static Optional<TokenNameFinderModel> read(String lang) {
        try (InputStream in = NameModels.class.getResourceAsStream(file(lang))) {
            return in == null ? Optional.empty() : Optional.of(new TokenNameFinderModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("the " + lang + " name model cannot be read", e);
        }
    }
}
