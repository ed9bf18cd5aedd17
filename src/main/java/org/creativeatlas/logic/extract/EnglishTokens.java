package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;

/** Runs a rule that reads one token of an English sentence over every token with two more after it in its sentence. */
final class EnglishTokens {

    /** What a rule finds at token i of sentence s, or null. */
    interface Rule {
        Mention at(Scan scan, Document.Sentence s, int i);
    }

    private EnglishTokens() {
    }

    /** The mentions the rule finds, each taken as it is found, so a later token's finding cannot overlap it. */
    static List<Mention> find(Scan scan, Rule rule) {
        List<Mention> found = new ArrayList<>();
        for (Document.Sentence s : scan.doc.sentences) {
            if (s.lang() != Lang.EN) {
                continue;
            }
            for (int i = s.from(); i + 2 < s.to(); i++) {
                Mention m = rule.at(scan, s, i);
                if (m != null) {
                    scan.take(m);
                    found.add(m);
                }
            }
        }
        return found;
    }
}
