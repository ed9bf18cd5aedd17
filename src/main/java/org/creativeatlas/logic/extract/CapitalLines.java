package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.creativeatlas.model.ActorType;

/**
 * «АҚШ-ТА ҚАЗАҚСТАН ӘДЕБИЕТІ МЕН МӘДЕНИЕТІ ОРТАЛЫҒЫ АШЫЛДЫ»: in a headline set in capitals a capital marks no name,
 * so what the readers found there may be a piece of a name; one whose words another name of the text holds, found
 * in ordinary lines, is that piece and is left out.
 */
final class CapitalLines {

    /** Words a line must have for its capitals to be a headline's, not an acronym's. */
    private static final int MIN_WORDS = 3;

    private CapitalLines() {
    }

    static List<Mention> drop(Scan scan, List<Mention> mentions) {
        Map<Document.Sentence, Boolean> capitals = new HashMap<>(); // each sentence read once
        Predicate<Mention> inCapitals = m -> capitals.computeIfAbsent(scan.doc.sentenceAt(m.from),
                s -> inCapitals(scan, s));
        List<Mention> kept = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (m.type == ActorType.PERSON || !inCapitals.test(m) || !heldElsewhere(m, mentions, inCapitals)) {
                kept.add(m);
            }
        }
        return kept;
    }

    private static boolean heldElsewhere(Mention piece, List<Mention> mentions,
                                         Predicate<Mention> inCapitals) {
        for (Mention m : mentions) {
            if (m != piece && m.type == piece.type && !inCapitals.test(m) && m.words().size() > piece.words().size()
                    && m.words().containsAll(piece.words())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a sentence is written all in capitals, with a few words at least. */
    private static boolean inCapitals(Scan scan, Document.Sentence s) {
        int words = 0;
        for (int k = s.from(); k < s.to(); k++) {
            Token t = scan.token(k);
            if (t.isWord() && t.text().length() > 1) {
                if (!t.text().equals(t.text().toUpperCase(Locale.ROOT))) {
                    return false;
                }
                words++;
            }
        }
        return words >= MIN_WORDS;
    }
}
