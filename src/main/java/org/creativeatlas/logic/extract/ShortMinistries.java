package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.creativeatlas.model.ActorType;

/**
 * «главный специалист управления искусства Минкультуры РТ», «резюмировали в Минкультуры»: Russian news shorten a
 * ministry to one word that does not decline and needs no head noun; the state after it, if any, is part of the name,
 * and so is a second field before the state.
 */
final class ShortMinistries {
    private static final Set<String> SHORT = Set.of("минкультуры", "минобразования", "минобрнауки", "минпросвещения",
            "минцифры", "минкультинформ", "мид");
    /** «сотрудники МИД Австрии»: a short name read as a ministry only with its state after it. */
    private static final Set<String> WITH_STATE = Set.of("мид");

    private ShortMinistries() {
    }

    /** Whether a word is a ministry's one-word short name («Минкультуры»). */
    static boolean is(Token t) {
        return t.isCapitalised() && SHORT.contains(t.lower());
    }

    static List<Mention> find(Scan scan) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < scan.doc.size(); i++) {
            Token t = scan.token(i);
            Mention english = english(scan, i);
            if (english != null) {
                found.add(english);
                scan.take(english);
                continue;
            }
            // «руководство Представительства МИД России в Астраханской области»: the ministry's office, named before it
            if (!is(t) || scan.taken(i) || i > 0 && Missions.missionWord(scan.token(i - 1).lower())) {
                continue;
            }
            int field = field(scan, i + 1);
            Place state = field < scan.doc.size() ? scan.place(field) : null;
            boolean of = state != null && state.from() == field && state.state()
                    && scan.doc.sentenceAt(i) == scan.doc.sentenceAt(field);
            int to = of ? state.to() : field == i + 1 && !WITH_STATE.contains(t.lower()) ? i + 1 : -1;
            if (to < 0) {
                continue;
            }
            Mention m = new Mention(ActorType.ORGANISATION, Render.of(scan.doc, i, to), i, to, 3);
            found.add(m);
            scan.take(m);
        }
        return found;
    }

    /**
     * "Kazakh MFA press-service reports", "the MFA of Kyrgyzstan": the English short name of a foreign ministry, read
     * only with its state's adjective before it or the state after "of".
     */
    private static Mention english(Scan scan, int i) {
        if (!scan.token(i).text().equals("MFA") || scan.taken(i)) {
            return null;
        }
        Place before = i > 0 ? scan.place(i - 1) : null;
        if (before != null && before.to() == i && before.adjective() && !scan.anyTaken(before.from(), i)) {
            return new Mention(ActorType.ORGANISATION, Render.of(scan.doc, before.from(), i + 1), before.from(), i + 1, 3);
        }
        int at = i + 1 < scan.doc.size() && scan.token(i + 1).is("of") ? i + 2 : -1;
        at = at > 0 && at < scan.doc.size() && scan.token(at).lower().equals("the") ? at + 1 : at;
        Place after = at > 0 && at < scan.doc.size() ? scan.place(at) : null;
        return after != null && after.from() == at && after.state() && !scan.anyTaken(i, after.to())
                ? new Mention(ActorType.ORGANISATION, Render.of(scan.doc, i, after.to()), i, after.to(), 3) : null;
    }

    /**
     * «Минкультуры и спорта Казахстана»: a second field joined by «и», a lower-case genitive before the state, is part
     * of the ministry's name; the token after it, else {@code at}.
     */
    private static int field(Scan scan, int at) {
        if (at + 2 >= scan.doc.size() || !scan.token(at).lower().equals("и")) {
            return at;
        }
        Token t = scan.token(at + 1);
        return t.isCyrillic() && !t.isCapitalised() && t.lower().matches(".+[аяиы]") ? at + 2 : at;
    }
}
