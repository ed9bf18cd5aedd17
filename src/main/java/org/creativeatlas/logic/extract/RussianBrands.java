package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.creativeatlas.model.ActorType;

/**
 * Bodies a Russian sentence names by a Latin word of a brand's shape with no head noun («о деятельности CIOFF»,
 * «креативный хаб в стране – ÓzgeEpic»): an abbreviation of three letters or more, or a word with a capital inside.
 * Russian writes its own words in Cyrillic, so such a word standing alone is a name, and a body's far more often than
 * anything else.
 */
final class RussianBrands {

    /** «XVIII в.», «VII международный фестиваль»: Roman numerals are written in Latin capitals too. */
    private static final Pattern ROMAN = Pattern.compile("[IVXLCDM]+");

    private RussianBrands() {
    }

    static List<Mention> find(Scan scan) {
        List<Mention> found = new ArrayList<>();
        Set<String> defined = EnglishBrands.defined(scan);
        for (Document.Sentence s : scan.doc.sentences) {
            if (s.lang() != Lang.RU) {
                continue;
            }
            for (int i = s.from(); i < s.to(); i++) {
                Token t = scan.token(i);
                if (!t.isLatin() || ROMAN.matcher(t.text()).matches() || !EnglishBrands.brand(scan, i)
                        || !EnglishBrands.alone(scan, s, i) || defined.contains(t.text())
                        || scan.doc.quotes.around(i) != null || slashed(scan, s, i)) {
                    continue;
                }
                Mention m = new Mention(ActorType.ORGANISATION, t.text(), i, i + 1, 2);
                found.add(m);
                scan.take(m);
            }
        }
        return found;
    }

    /** «конференция по креативной экономике /WCCE/»: agencies write brackets as slashes; such an abbreviation is defined. */
    private static boolean slashed(Scan scan, Document.Sentence s, int i) {
        return i > s.from() && i + 1 < s.to() && scan.token(i - 1).is("/") && scan.token(i + 1).is("/");
    }
}
