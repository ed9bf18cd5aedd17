package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.creativeatlas.model.ActorType;

/**
 * «главный специалист управления искусства Минкультуры РТ», «резюмировали в Минкультуры»: Russian news shorten a
 * ministry to one word that does not decline and needs no head noun; the state after it, if any, is part of the name.
 */
final class ShortMinistries {
    private static final Set<String> SHORT = Set.of("минкультуры", "минобразования", "минобрнауки", "минпросвещения",
            "минцифры", "минкультинформ");

    private ShortMinistries() {
    }

    static List<Mention> find(Scan scan) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < scan.doc.size(); i++) {
            Token t = scan.token(i);
            if (!t.isCapitalised() || !SHORT.contains(t.lower()) || scan.taken(i)) {
                continue;
            }
            Place state = i + 1 < scan.doc.size() ? scan.place(i + 1) : null;
            boolean of = state != null && state.from() == i + 1 && state.state()
                    && scan.doc.sentenceAt(i) == scan.doc.sentenceAt(i + 1);
            int to = of ? state.to() : i + 1;
            Mention m = new Mention(ActorType.ORGANISATION, Render.of(scan.doc, i, to), i, to, 3);
            found.add(m);
            scan.take(m);
        }
        return found;
    }
}
