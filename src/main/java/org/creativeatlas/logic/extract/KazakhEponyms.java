package org.creativeatlas.logic.extract;

import java.util.Locale;
import org.creativeatlas.model.ActorType;

/**
 * A person's name right before a Kazakh head noun, which is whom the body or event is named after rather than a person
 * of the sentence («Мукамов сарайында», «Шыңғыс Айтматов институтының», «Шәкен Айманов халықаралық кинофестивалі»).
 */
final class KazakhEponyms {

    private KazakhEponyms() {
    }

    /** Whether the surname at {@code k} names whom the name headed at {@code h} is named after. */
    static boolean before(Scan scan, int k, int h, Head head) {
        return eponym(scan, k, h) || eponymousEvent(scan, k, h, head) || eponymousBody(scan, k, h, head);
    }

    /**
     * «мәдени орталығының Мукамов сарайында»: a surname alone right before the head, after no first name or initial,
     * is whom the place is named after.
     */
    private static boolean eponym(Scan scan, int k, int h) {
        Token before = k > 0 ? scan.token(k - 1) : null;
        return k == h - 1 && scan.token(k).lower().equals(CaseEndings.kkSurname(scan.token(k).text()).toLowerCase(Locale.ROOT))
                && (before == null || !before.isCapitalised() && !before.is("."));
    }

    /**
     * «Шыңғыс Айтматов институтының ұйымдастыруымен»: a first name and a surname with no case right before a body's head
     * in the possessive are whom the body is named after.
     */
    private static boolean eponymousBody(Scan scan, int k, int h, Head head) {
        Token surname = scan.token(k);
        return head.type() == ActorType.ORGANISATION && !head.bare() && k == h - 1 && k >= 1 && scan.nameLike(k - 1)
                && surname.text().equals(CaseEndings.kkSurname(surname.text()));
    }

    /**
     * «Шәкен Айманов халықаралық кинофестивалі»: a first name and a surname with no case, then only words in
     * lower case before an event's head in the possessive, are whom the event is named after; a person in a sentence
     * meets a head with a case of its own («Тоқаев халықаралық форумға қатысты»).
     */
    private static boolean eponymousEvent(Scan scan, int k, int h, Head head) {
        Token surname = scan.token(k);
        if (head.type() != ActorType.EVENT || head.bare() || k < 1 || !scan.nameLike(k - 1)
                || !surname.text().equals(CaseEndings.kkSurname(surname.text()))) {
            return false;
        }
        for (int j = k + 1; j < h; j++) {
            Token t = scan.token(j);
            if (!t.isCyrillic() || t.isCapitalised() || Titles.is(t) || Morph.kkBreaksName(t.lower())) {
                return false;
            }
        }
        return true;
    }
}
