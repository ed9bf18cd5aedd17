package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import org.creativeatlas.model.ActorType;

/**
 * «Қ.А.Ясауи атындағы ХҚТУ», «М.Әуезов атындағы ОҚМУ»: a body's abbreviation after the person it is named after; no
 * head noun claims it, the abbreviation standing for the whole name.
 */
final class KazakhEponymAcronyms {

    private KazakhEponymAcronyms() {
    }

    static List<Mention> find(Scan scan) {
        List<Mention> found = new ArrayList<>();
        for (int i = 1; i + 1 < scan.doc.size(); i++) {
            Token acronym = scan.token(i + 1);
            String bare = KnownAcronyms.bare(acronym);
            // «ҚазҰУ-дың»: an abbreviation with its case after a hyphen, in capitals or mixed as ҚазҰУ is
            boolean cased = !bare.equals(acronym.text()) && new Token(bare, 0, bare.length()).isAbbreviation();
            if (!KazakhNamedAfter.is(scan.token(i)) || !acronym.isAbbreviation() && !cased
                    || acronym.isRomanNumeral() || bare.length() < 3
                    || scan.place(i + 1) != null || !scan.token(i - 1).isCapitalised() || scan.anyTaken(i - 1, i + 2)) {
                continue;
            }
            Token next = i + 2 < scan.doc.size() ? scan.token(i + 2) : null;
            if (next != null && next.isWord() && next.isCapitalised()) {
                continue; // «… атындағы III Республикалық … фестивалі»: a numeral opening the next name
            }
            int from = i - 1;
            // the initials before the surname: «Қ.А.Ясауи», «М. Әуезов»
            while (from - 2 >= 0 && scan.token(from - 1).is(".") && scan.token(from - 2).isInitial()
                    && !scan.taken(from - 2)) {
                from -= 2;
            }
            Mention m = new Mention(ActorType.ORGANISATION, Render.of(scan.doc, from, i + 1) + " " + bare, from, i + 2, 3);
            found.add(m);
            scan.take(m);
        }
        return found;
    }
}
