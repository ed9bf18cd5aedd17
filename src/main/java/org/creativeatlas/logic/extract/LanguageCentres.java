package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.creativeatlas.model.ActorType;

/**
 * "a Chinese language and culture center was launched at Naryn State University", "the renovated center of Chinese
 * language and culture at KRSU": a centre of a nation's language, which a university hosts, is named in lower case by
 * what it teaches; no capitalised head claims it.
 */
final class LanguageCentres {

    private static final Set<String> CENTRES = Set.of("center", "centre");
    private static final String LANGUAGE = "language";

    private LanguageCentres() {
    }

    static List<Mention> find(Scan scan) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i + 2 < scan.doc.size(); i++) {
            int to = CENTRES.contains(scan.token(i).text()) && scan.token(i + 1).is("of") ? taught(scan, i + 2) : -1;
            int from = i;
            if (to < 0) {
                int end = taught(scan, i);
                to = end > 0 && end < scan.doc.size() && CENTRES.contains(scan.token(end).text()) ? end + 1 : -1;
            }
            if (to > 0 && !scan.anyTaken(from, to)) {
                Mention m = new Mention(ActorType.ORGANISATION, Render.of(scan.doc, from, to), from, to, 2);
                found.add(m);
                scan.take(m);
                i = to - 1;
            }
        }
        return found;
    }

    /** The end of "Chinese language" or "Chinese language and culture" opening at k, or -1. */
    private static int taught(Scan scan, int k) {
        Place nation = scan.place(k);
        if (nation == null || !nation.adjective() || nation.from() != k || k + 1 >= scan.doc.size()
                || !scan.token(nation.to()).is(LANGUAGE)) {
            return -1;
        }
        int end = nation.to() + 1;
        return end + 1 < scan.doc.size() && scan.token(end).is("and") && scan.token(end + 1).is("culture") ? end + 2
                : end;
    }
}
