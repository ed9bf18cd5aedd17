package org.creativeatlas.logic.imports;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.creativeatlas.logic.extract.Candidate.Span;
import org.creativeatlas.model.ParticipationRole;

/**
 * The words that say how an actor took part in an event, in English, Russian and Kazakh. In a sentence holding
 * several, the one nearest the actor's name counts; a sentence holding none proposes no link.
 */
final class ParticipationWords {

    private static final Map<ParticipationRole, List<String>> WORDS = Map.of(
            ParticipationRole.ORGANISER, List.of("organised by", "organized by", "organiser", "organizer", "organised",
                    "organized", "hosted by", "организатор", "организова", "организуе", "провел", "провёл",
                    "ұйымдастыр", "өткізді"),
            ParticipationRole.PARTICIPANT, List.of("took part", "take part", "participat", "attended", "delegation",
                    "участие", "участвова", "участник", "приняли", "принял", "делегаци", "қатыс"),
            ParticipationRole.SPEAKER, List.of("speaker", "spoke", "presented", "keynote", "выступ", "спикер",
                    "доклад", "баяндама", "сөз сөйле"),
            ParticipationRole.PARTNER, List.of("partner", "supported by", "in cooperation with", "партнер",
                    "партнёр", "при поддержке", "серіктес", "қолдау"));

    private ParticipationWords() {
    }

    /** The role whose word is nearest the actor's span in the sentence, if the sentence has any. */
    static Optional<String> roleNear(String text, Span sentence, Span actor) {
        String lower = text.substring(sentence.start(), sentence.end()).toLowerCase(Locale.ROOT);
        int from = actor.start() - sentence.start();
        int to = actor.end() - sentence.start();
        ParticipationRole best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Map.Entry<ParticipationRole, List<String>> role : WORDS.entrySet()) {
            for (String word : role.getValue()) {
                for (int i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
                    if (i >= from && i < to) {
                        continue; // inside the name itself ("Organising Committee")
                    }
                    int distance = i < from ? from - i : i - to;
                    if (distance < bestDistance || distance == bestDistance && role.getKey().ordinal() < best.ordinal()) {
                        best = role.getKey();
                        bestDistance = distance;
                    }
                }
            }
        }
        return Optional.ofNullable(best).map(ParticipationRole::code);
    }
}
