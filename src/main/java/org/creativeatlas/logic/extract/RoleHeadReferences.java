package org.creativeatlas.logic.extract;

import java.util.List;
import org.creativeatlas.model.ActorType;

/**
 * «заместитель генерального директора библиотеки», "the rector of the University": a role that ends in a body's head
 * alone, in lower case in Russian or after "the" in English, speaks of the one body of that kind the text has named
 * before it in full.
 */
final class RoleHeadReferences {

    private RoleHeadReferences() {
    }

    /** The name of the one earlier body whose name holds the head that closes the person's role, or null. */
    static String body(Scan scan, Mention person, List<Mention> mentions) {
        int last = person.roleTo - 1;
        if (person.roleFrom < 0 || last <= person.roleFrom || scan.taken(last)) {
            return null;
        }
        Token t = scan.token(last);
        Lang lang = scan.doc.sentenceAt(last).lang();
        boolean bare = t.isCyrillic() ? !t.isCapitalised() && lang == Lang.RU
                : t.isLatin() && t.isCapitalised() && scan.token(last - 1).lower().equals("the");
        Head head = bare ? Heads.of(t, lang) : null;
        if (head == null || head.type() != ActorType.ORGANISATION || head.plural()) {
            return null;
        }
        String found = null;
        for (Mention m : mentions) {
            if (m.from >= person.from) {
                break;
            }
            if (m.type == ActorType.ORGANISATION && holds(scan, m, head, lang)) {
                if (found != null && !found.equals(m.name)) {
                    return null; // two bodies of that kind: the role does not say which
                }
                found = m.name;
            }
        }
        return found;
    }

    private static boolean holds(Scan scan, Mention m, Head head, Lang lang) {
        for (int k = m.from; k < m.to; k++) {
            Head h = Heads.of(scan.token(k), lang);
            if (h != null && h.nominative().equalsIgnoreCase(head.nominative())) {
                return true;
            }
        }
        return false;
    }
}
