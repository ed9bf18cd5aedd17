package org.creativeatlas.logic.extract.learn;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.maxent.GISTrainer;
import opennlp.tools.ml.perceptron.PerceptronTrainer;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains one name model per language from the annotated corpora (KazNERD, NEREL, GUM), measures each on its
 * corpus's own test part, and writes {@code names-LANG.bin} with a note of the corpora, licences and scores; for
 * Kazakh also the corpus's word forms ({@code kk-words.tsv}).
 */
public final class NameTrainer {

    /** How a model learns: maximum entropy (GIS) or the averaged perceptron. */
    public enum Algorithm { MAXENT, PERCEPTRON }

    private static final String NOTE = """
            # Name models

            Written by `creative-atlas train`: one OpenNLP name finder per language, with the features of
            `NameFeatures`, trained on open annotated corpora (the texts are not shipped, only what was learned):

            | language | corpus | licence | learned from | measured on |
            |---|---|---|---|---|
            | kk | KazNERD (IS2AI), television news | CC BY 4.0 | the published validation part | the test part |
            | ru | NEREL v1.1, Russian Wikinews | annotations for research; texts CC BY 2.5 | train and dev | test |
            | en | GUM (Georgetown), its CC BY / BY-SA genres | annotations CC BY 4.0; texts CC BY / BY-SA | 9 of 10 documents | every tenth document |

            Types: person, organisation, event, facility, place. Scores are exact-span matches on each test part.

            """;

    private final Path corpora;
    private final Algorithm algorithm;
    private final PrintStream log;

    public NameTrainer(Path corpora, Algorithm algorithm, PrintStream log) {
        this.corpora = corpora;
        this.algorithm = algorithm;
        this.log = log;
    }

    /** Trains the languages asked for (en, ru, kk) and writes their models and the note into {@code out}. */
    public void train(List<String> languages, Path out) throws IOException {
        Files.createDirectories(out);
        StringBuilder note = new StringBuilder(NOTE);
        for (String lang : languages) {
            Corpus corpus = read(lang);
            if (lang.equals("kk")) {
                KazakhWordCounts.write(corpus, out);
            }
            long start = System.nanoTime();
            TokenNameFinderModel model = NameFinderME.train(lang, null,
                    ObjectStreamUtils.createObjectStream(corpus.train()), parameters(), features());
            double seconds = (System.nanoTime() - start) / 1e9;
            try (OutputStream o = Files.newOutputStream(out.resolve(NameModels.file(lang)))) {
                model.serialize(o);
            }
            NameScores scores = NameScores.of(new NameFinderME(model), corpus.test());
            String section = String.format(Locale.ROOT, "## %s: %s, %s%n%ntrained on %d sentences in %.0f s, "
                    + "measured on %d test sentences (exact spans):%n%n%s%n", lang, corpus.name(),
                    algorithm.name().toLowerCase(Locale.ROOT), corpus.train().size(), seconds, corpus.test().size(),
                    scores.table());
            log.print(section);
            log.flush();
            note.append(section);
        }
        Files.writeString(out.resolve("names-" + algorithm.name().toLowerCase(Locale.ROOT) + ".md"), note,
                StandardCharsets.UTF_8);
    }

    private Corpus read(String lang) throws IOException {
        return switch (lang) {
            case "kk" -> KazNerdCorpus.read(corpora.resolve("kaznerd"));
            case "ru" -> NerelCorpus.read(corpora.resolve("nerel"));
            case "en" -> GumCorpus.read(corpora.resolve("gum-conll"));
            default -> throw new IllegalArgumentException("no corpus for language " + lang);
        };
    }

    private TrainingParameters parameters() {
        TrainingParameters p = new TrainingParameters();
        if (algorithm == Algorithm.PERCEPTRON) {
            p.put(TrainingParameters.ALGORITHM_PARAM, PerceptronTrainer.PERCEPTRON_VALUE);
            p.put(TrainingParameters.ITERATIONS_PARAM, 150);
        } else {
            p.put(TrainingParameters.ALGORITHM_PARAM, GISTrainer.MAXENT_VALUE);
            p.put(TrainingParameters.ITERATIONS_PARAM, 80);
        }
        // one best path instead of three: a third of the work per token, which extraction's speed needs
        p.put(BeamSearch.BEAM_SIZE_PARAMETER, 1);
        p.put(TrainingParameters.CUTOFF_PARAM, 2);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        return p;
    }

    private static NameFinderFeatures features() {
        return new NameFinderFeatures(new BioCodec());
    }
}
