package org.creativeatlas.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.creativeatlas.logic.extract.learn.NameTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code train}: the name models from the annotated corpora, measured on each corpus's own test part. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Trains the name models the extractor ships with, one per language, from the annotated "
                + "corpora (KazNERD for Kazakh, NEREL for Russian, GUM for English), prints each model's scores on "
                + "its corpus's test part and writes names-LANG.bin with a note of the scores into --out.",
            "Run from the repository to replace the shipped models; a few minutes per language on two cores."})
final class TrainCommand extends Subcommand {

    @Option(names = "--corpora", paramLabel = "DIR", required = true,
            description = "Folder holding the corpora as kaznerd/, nerel/ and gum-conll/.")
    private Path corpora;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the models go (default: ${DEFAULT-VALUE}).",
            defaultValue = "src/main/resources/org/creativeatlas/logic/extract/learn")
    private Path out;

    @Option(names = "--lang", split = ",", paramLabel = "LANG", description = "Languages (default: en,ru,kk).",
            defaultValue = "en,ru,kk")
    private List<String> languages;

    @Option(names = "--algorithm", paramLabel = "NAME", defaultValue = "MAXENT",
            description = "MAXENT or PERCEPTRON (default: ${DEFAULT-VALUE}).")
    private NameTrainer.Algorithm algorithm;

    @Override
    public Integer call() {
        if (!Files.isDirectory(corpora)) {
            throw new UserError("No corpora folder " + corpora + ": name one with --corpora.", null);
        }
        try {
            new NameTrainer(corpora, algorithm, atlas.out()).train(languages, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }
}
