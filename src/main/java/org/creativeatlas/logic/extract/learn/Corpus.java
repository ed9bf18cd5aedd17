package org.creativeatlas.logic.extract.learn;

import java.util.List;
import opennlp.tools.namefind.NameSample;

/**
 * One annotated corpus converted to name samples: sentences of tokens with spans typed {@code person},
 * {@code organisation}, {@code event}, {@code facility} or {@code place}, split as the corpus splits itself.
 */
record Corpus(String name, String language, List<NameSample> train, List<NameSample> test) {

    static final String PERSON = "person";
    static final String ORGANISATION = "organisation";
    static final String EVENT = "event";
    static final String FACILITY = "facility";
    static final String PLACE = "place";
}
