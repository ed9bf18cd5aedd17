package org.creativeatlas.logic.extract;

import java.util.List;
import java.util.Set;
import org.creativeatlas.model.ActorType;

/** Where a body is named as the venue of what is held: a hall or palace, or after a verb of holding. */
final class HeldVenues {

    /** Verb stems of what is held somewhere: «сарайында өткен», «сарайында ұйымдастырылып». */
    private static final List<String> HELD = List.of("өт", "ұйымдастырыл");

    /** Stems of the head nouns of halls, palaces and (concert, sports) complexes, in Kazakh, Russian and English. */
    private static final List<String> HALLS = List.of("сарай", "дворец", "дворц", "зал", "palace", "hall", "комплекс",
            "complex", "кешен");

    /** Stems of Russian verbs and participles of holding: «прошедшем в …», «состоится в …». */
    private static final List<String> RU_HELD = List.of("прош", "проход", "пройд", "состо");

    private final Scan scan;

    HeldVenues(Scan scan) {
        this.scan = scan;
    }

    /** Whether a body is a hall or a palace («Мукамов сарайы», «Дворец мукамов»): a venue of the host's. */
    boolean hall(Mention m) {
        for (int i = m.from; i < m.to; i++) {
            String word = scan.token(i).lower();
            if (HALLS.stream().anyMatch(word::startsWith)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a body is named as where something is held, in the Kazakh locative («сарайында өткен») or after a
     * Russian verb of holding and «в» («на гала-концерте, прошедшем в государственном комплексе «Кохи Борбад»»): a
     * venue of the host's.
     */
    boolean heldAt(Mention m) {
        String last = scan.token(m.to - 1).lower();
        String next = m.to < scan.doc.size() ? scan.token(m.to).lower() : "";
        return CountryResolver.KK_LOCATIVE.contains(Morph.kkCase(last, 3)) && HELD.stream().anyMatch(next::startsWith)
                || heldInRussian(m.from);
    }

    /** «состоится 3 апреля в Государственном академическом театре …»: a verb of holding, a date between at most. */
    private boolean heldInRussian(int from) {
        if (from < 2 || !CountryResolver.AT.contains(scan.token(from - 1).lower())) {
            return false;
        }
        int start = Math.max(scan.doc.sentenceAt(from).from(), from - 5);
        for (int k = from - 2; k >= start; k--) {
            String word = scan.token(k).lower();
            if (RU_HELD.stream().anyMatch(word::startsWith)) {
                return true;
            }
            if (!scan.token(k).isNumber() && !Months.is(word)) {
                return false;
            }
        }
        return false;
    }

    /** A place right after a name, introduced by "in", «в»: where an event is held; or null. */
    static Place heldIn(Scan scan, int to) {
        int at = to < scan.doc.size() && CountryResolver.AT.contains(scan.token(to).lower()) ? to + 1 : -1;
        if (at > 0 && at < scan.doc.size() && scan.token(at).lower().equals("the")) {
            at++;
        }
        Place p = at > 0 ? scan.place(at) : null;
        return p != null && p.country() != null && p.from() == at ? p : null;
    }

    /** Verbs saying an event was held, in English and Russian. */
    private static final Set<String> HELD_VERBS = Set.of("held", "staged", "прошел", "прошла", "прошло", "прошёл",
            "состоялся", "состоялась", "состоялось", "пройдет", "пройдёт", "состоится");
    /** How many words from the verb "in" may stand. */
    private static final int HELD_REACH = 8;
    /** How many words from the event its verb may stand, past a clause about it ("which was timed to …"). */
    private static final int VERB_REACH = 30;
    /** How many words after "in" the place may stand ("in the Chinese city of Xi'an"). */
    private static final int IN_REACH = 5;

    /**
     * "A photo exhibition called “Tajikistan and the Silk Road,” … was held on Sunday in the Chinese city of Xi'an":
     * the place after "in" that follows the verb saying an event was held, later in its sentence; or null.
     */
    static Place heldLater(Scan scan, Mention event) {
        Document.Sentence s = scan.doc.sentenceAt(event.from);
        int verb = event.to;
        while (verb < Math.min(s.to(), event.to + VERB_REACH) && !HELD_VERBS.contains(scan.token(verb).lower())) {
            verb++;
        }
        for (int i = verb + 1; i < Math.min(s.to(), verb + HELD_REACH); i++) {
            if (!CountryResolver.AT.contains(scan.token(i).lower())) {
                continue;
            }
            for (int k = i + 1; k < Math.min(s.to(), i + 1 + IN_REACH) && !scan.token(k).is(","); k++) {
                Place p = scan.place(k);
                if (p != null && p.from() == k && p.country() != null && !p.adjective()) {
                    return p;
                }
            }
            return null;
        }
        return null;
    }

    /** How many words a venue's name may run from «в» to the state that closes it. */
    private static final int VENUE_WORDS = 5;

    /**
     * «В Национальной библиотеке Беларуси откроется фотовыставка «Сияет Ташкент»»: a venue named with its state, after
     * «в» or "in" in the event's sentence before it, places the event in that state; no mission, which stands for the
     * state it names («в Посольстве Таджикистана»). Null if the sentence names none.
     */
    static Place stateVenue(Scan scan, Mention event) {
        Document.Sentence s = scan.doc.sentenceAt(event.from);
        for (int i = s.from(); i < event.from; i++) {
            if (!CountryResolver.AT.contains(scan.token(i).lower())) {
                continue;
            }
            boolean head = false;
            for (int k = i + 1; k < Math.min(event.from, i + 1 + VENUE_WORDS); k++) {
                Token t = scan.token(k);
                Place p = scan.place(k);
                if (Missions.missionWord(t.lower())) {
                    break;
                }
                if (p != null && p.from() == k && p.state() && head) {
                    return p;
                }
                Head h = Heads.of(t, s.lang());
                head |= h != null && h.type() == ActorType.ORGANISATION;
            }
        }
        return null;
    }
}
