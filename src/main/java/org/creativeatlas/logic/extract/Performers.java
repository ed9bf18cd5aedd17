package org.creativeatlas.logic.extract;

import org.creativeatlas.model.ActorType;

/** «большой концерт Андреа Бочелли»: the person an event's tail names in the genitive, who is an actor too. */
final class Performers {

    private Performers() {
    }

    /** The person named by all of tokens from..to (two or three name words), in the nominative; else null. */
    static Mention named(Scan scan, int from, int to) {
        if (to - from < 2 || to - from > 3) {
            return null;
        }
        StringBuilder name = new StringBuilder();
        for (int k = from; k < to; k++) {
            Token t = scan.token(k);
            if (!t.isCyrillic() || !scan.nameLike(k) || scan.place(k) != null || t.isAbbreviation()) {
                return null;
            }
            name.append(k > from ? " " : "").append(CaseEndings.ruGenitive(t.text(), k == to - 1));
        }
        return new Mention(ActorType.PERSON, name.toString(), from, to, 2);
    }
}
