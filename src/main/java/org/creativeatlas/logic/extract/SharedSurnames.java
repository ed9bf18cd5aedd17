package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.creativeatlas.model.ActorType;

/**
 * "Gafur and Gulom Eshchanovs", «Гафур и Гулом Эшчановы»: two first names joined before one surname in the plural
 * name two people, each with the surname in the singular.
 */
final class SharedSurnames {

    private static final Set<String> JOINS = Set.of("and", "и");
    /** The plural ending of each script: English adds an s, Russian -ы. */
    private static final String LATIN_PLURAL = "s";
    private static final String CYRILLIC_PLURAL = "ы";

    private SharedSurnames() {
    }

    static List<Mention> find(Scan scan) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i + 3 < scan.doc.size(); i++) {
            String surname = singular(scan, i + 3);
            if (surname == null || !JOINS.contains(scan.token(i + 1).lower()) || !scan.nameLike(i)
                    || !scan.nameLike(i + 2) || scan.anyTaken(i, i + 4) || Surnames.looksLike(scan.token(i).lower())
                    || scan.doc.sentenceAt(i) != scan.doc.sentenceAt(i + 3)) {
                continue;
            }
            Mention first = new Mention(ActorType.PERSON, scan.token(i).text() + " " + surname, i, i + 1, 2);
            Mention second = new Mention(ActorType.PERSON, scan.token(i + 2).text() + " " + surname, i + 2, i + 4, 2);
            scan.take(first);
            scan.take(second);
            found.add(first);
            found.add(second);
            i += 3;
        }
        return found;
    }

    /** The surname a plural at {@code k} is of, or null if the word is no surname in the plural. */
    private static String singular(Scan scan, int k) {
        Token t = scan.token(k);
        String plural = t.isLatin() ? LATIN_PLURAL : CYRILLIC_PLURAL;
        if (!scan.nameLike(k) || !t.lower().endsWith(plural)) {
            return null;
        }
        String one = t.text().substring(0, t.text().length() - plural.length());
        return Surnames.looksLike(one.toLowerCase(java.util.Locale.ROOT)) ? one : null;
    }
}
