package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.creativeatlas.model.ActorType;

/** A body something is attached to, written as an abbreviation: «при ЦИК КР». */
final class AttachedBodies {

    private static final Set<String> AT = Set.of("при", "under");

    private AttachedBodies() {
    }

    static List<Mention> find(Scan scan) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i + 1 < scan.doc.size(); i++) {
            if (!AT.contains(scan.token(i).lower())) {
                continue;
            }
            int from = i + 1;
            int to = from;
            while (to < scan.doc.size() && scan.token(to).isAbbreviation() && !scan.taken(to) && to - from < 4) {
                to++;
            }
            if (to > from && scan.place(from) == null) {
                Mention m = new Mention(ActorType.ORGANISATION, Render.of(scan.doc, from, to), from, to, 2);
                found.add(m);
                scan.take(m);
            }
        }
        return found;
    }
}
