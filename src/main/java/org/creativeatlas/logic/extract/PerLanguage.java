package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a finder that reads each free token by its sentence's language (Kazakh, Russian, else English), keeping a name
 * found only when none of its words is taken, and taking them.
 */
final class PerLanguage {

    /** The name that opens or ends at token {@code i}, or null. */
    interface Reader {
        Mention at(Scan scan, int i);
    }

    private PerLanguage() {
    }

    static List<Mention> find(Scan scan, Reader kazakh, Reader russian, Reader english) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < scan.doc.size(); i++) {
            if (scan.taken(i)) {
                continue;
            }
            Lang lang = scan.doc.sentenceAt(i).lang();
            Reader reader = lang == Lang.KK ? kazakh : lang == Lang.RU ? russian : english;
            Mention m = reader.at(scan, i);
            if (m != null && !scan.anyTaken(m.from, m.to)) {
                found.add(m);
                scan.take(m);
                i = m.to - 1;
            }
        }
        return found;
    }
}
