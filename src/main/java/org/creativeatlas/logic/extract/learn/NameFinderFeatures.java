package org.creativeatlas.logic.extract.learn;

import java.util.Map;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;
import opennlp.tools.util.featuregen.PreviousMapFeatureGenerator;

/**
 * The name finder's factory with our features instead of OpenNLP's default ones. A model names this class in its
 * manifest, so loading a model builds the same features it was trained with.
 */
public final class NameFinderFeatures extends TokenNameFinderFactory {

    /** What a model being loaded is built with. */
    public NameFinderFeatures() {
    }

    /** For training: names coded as begin/inside/outside tags. */
    NameFinderFeatures(SequenceCodec<String> codec) {
        super(null, Map.of(), codec);
    }

    @Override
    public AdaptiveFeatureGenerator createFeatureGenerators() {
        // no cache: with a beam of one each token's features are made once
        return new AggregatedFeatureGenerator(new NameFeatures(), new PreviousMapFeatureGenerator());
    }
}
