package org.creativeatlas.logic.extract;

import java.util.Set;

/**
 * «профессор Ч. Латипов выступил на тему «Наследники …»», "spoke on the topic "…"": a quote after a talk's topic
 * word is what someone spoke about, no event, unlike «круглый стол на тему «…»».
 */
final class TalkTopics {

    private static final Set<String> TOPIC = Set.of("тему", "теме", "topic");
    private static final Set<String> LINKS = Set.of("на", "по", "on", "the", "a");
    /** Words for a talk, and English verbs of speaking, before its topic. */
    private static final Set<String> TALKS = Set.of("доклад", "докладом", "докладе", "выступление", "выступлением",
            "сообщение", "сообщением", "report", "speech", "presentation", "paper", "address", "spoke", "talked",
            "speaking", "presented");

    private TalkTopics() {
    }

    /** Whether the topic word at k, if it is one, follows a verb or a talk rather than an event. */
    static boolean spoken(Document doc, int k, int sentenceFrom) {
        if (!TOPIC.contains(doc.token(k).lower())) {
            return false;
        }
        int b = k - 1;
        while (b > sentenceFrom && LINKS.contains(doc.token(b).lower())) {
            b--;
        }
        String word = doc.token(b).lower();
        return b < k - 1 && (TALKS.contains(word) || doc.token(b).isCyrillic() && Morph.ruVerbLike(word));
    }
}
