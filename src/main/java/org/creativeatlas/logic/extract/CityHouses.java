package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.creativeatlas.model.ActorType;

/**
 * "Astana Opera", «балетная труппа Astana ballet», «Astana ballet балет труппасы»: a house named by its city and its
 * art in Latin letters, in any of the three languages, has no head noun of its own (opera and ballet are works too).
 */
final class CityHouses {
    private static final Set<String> ARTS = Set.of("opera", "ballet");
    /** "Astana Opera House": a longer name goes on, which the head noun's rule reads. */
    private static final Set<String> GOES_ON = Set.of("theatre", "theater", "house");

    private CityHouses() {
    }

    static List<Mention> find(Scan scan) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i + 1 < scan.doc.size(); i++) {
            Place city = scan.place(i);
            Token art = scan.token(i + 1);
            // "Astana Opera's principal conductor": the house in the possessive
            boolean possessive = Morph.enPossessive(art.lower());
            String word = possessive ? art.lower().substring(0, art.lower().length() - 2) : art.lower();
            if (city == null || city.city() == null || city.from() != i || city.to() != i + 1
                    || !scan.token(i).isLatin() || !art.isLatin() || !ARTS.contains(word)
                    || scan.doc.sentenceAt(i) != scan.doc.sentenceAt(i + 1) || scan.anyTaken(i, i + 2)
                    || goesOn(scan, i + 2) || partOfAName(scan, i)) {
                continue;
            }
            String name = Render.of(scan.doc, i, i + 2);
            name = possessive ? name.substring(0, name.length() - 2) : name;
            Mention m = new Mention(ActorType.ORGANISATION, name, i, i + 2, 3);
            found.add(m);
            scan.take(m);
        }
        return found;
    }

    /**
     * «State Opera and Ballet Theater "Astana Opera"», "the State Theater of Opera and Ballet Astana Opera": the words
     * close a longer name, quoted or run on from a capitalised word, which other rules read whole.
     */
    private static boolean partOfAName(Scan scan, int i) {
        return scan.doc.quotes.around(i) != null
                || i > 0 && scan.token(i - 1).isLatin() && scan.token(i - 1).isWord() && scan.token(i - 1).isCapitalised()
                && scan.doc.sentenceAt(i - 1) == scan.doc.sentenceAt(i) && scan.doc.sentenceAt(i).from() != i - 1;
    }

    /** "… Opera House", "… Opera and Ballet Theatre" (not "… Ballet and the ethno-folk group"). */
    private static boolean goesOn(Scan scan, int k) {
        if (k >= scan.doc.size()) {
            return false;
        }
        String next = scan.token(k).lower();
        return GOES_ON.contains(next) || (next.equals("and") || next.equals("&")) && k + 1 < scan.doc.size()
                && scan.token(k + 1).isCapitalised();
    }
}
