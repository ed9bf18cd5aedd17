package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import org.creativeatlas.model.ActorType;

/**
 * «Аяна Дәулетбай (жетекшісі Нұрберген Қырғызбаев)»: two name words right before a bracket that opens with someone's
 * title name a person too, the one that titled person leads or accompanies, as lists of a contest's winners write them.
 */
final class BracketedTitles {

    private BracketedTitles() {
    }

    static List<Mention> find(Scan scan) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i + 3 < scan.doc.size(); i++) {
            if (scan.token(i + 2).is("(") && Titles.is(scan.token(i + 3)) && name(scan, i) && name(scan, i + 1)
                    && (i == 0 || !name(scan, i - 1))) {
                Mention m = new Mention(ActorType.PERSON, Render.of(scan.doc, i, i + 2), i, i + 2, 2);
                found.add(m);
                scan.take(m);
            }
        }
        return found;
    }

    private static boolean name(Scan scan, int k) {
        Token t = scan.token(k);
        return t.isCapitalised() && t.isWord() && !t.isAbbreviation() && !scan.taken(k) && scan.nameLike(k)
                && scan.place(k) == null;
    }
}
