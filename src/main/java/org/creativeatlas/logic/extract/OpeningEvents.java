package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.creativeatlas.model.ActorType;

/**
 * The opening of a body or venue is an event of its own, often the one the article is about: «Открытие креативного
 * хаба», «Креативті хабтың ашылу салтанаты». The opening of what is already an event (an exhibition, a festival) is
 * that event, and is left to it.
 */
final class OpeningEvents {

    private static final String RU_OPENING = "открыти";
    private static final String RU_CEREMONY = "церемони";
    private static final String KK_OPENING = "ашылу";
    private static final String KK_CEREMONY = "салтанат";
    private static final int MAX_ADJECTIVES = 3;
    private static final Set<String> EN_OPENING = Set.of("opening", "inauguration");

    private OpeningEvents() {
    }

    static List<Mention> find(Scan scan) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < scan.doc.size(); i++) {
            Lang lang = scan.doc.sentenceAt(i).lang();
            String w = scan.token(i).lower();
            Mention m = lang == Lang.RU && w.startsWith(RU_OPENING) && w.length() <= RU_OPENING.length() + 3
                    ? russian(scan, i) : lang == Lang.KK && w.startsWith(KK_OPENING) ? kazakh(scan, i)
                    : lang == Lang.EN && EN_OPENING.contains(w) ? english(scan, i) : null;
            if (m != null) {
                found.add(m);
            }
        }
        return found;
    }

    /** «Открытие креативного хаба»: adjectives and a head of a body or platform in the genitive. */
    private static Mention russian(Scan scan, int at) {
        int end = scan.doc.sentenceAt(at).to();
        int k = at + 1;
        while (k < end && k - at <= MAX_ADJECTIVES && Morph.ruAdjectiveEnding(scan.token(k).lower()) != null
                && Heads.of(scan.token(k), Lang.RU) == null) {
            k++;
        }
        if (k >= end || !opened(Heads.of(scan.token(k), Lang.RU))) {
            return null;
        }
        int to = k + 1;
        // «открытия Парка креативных индустрий»: a named body keeps its genitive words
        while (scan.token(k).isCapitalised() && to < end && to - k <= MAX_ADJECTIVES && plainGenitive(scan.token(to))) {
            to++;
        }
        int from = ceremonyBefore(scan, at);
        Map<Integer, String> normal = new java.util.HashMap<>();
        normal.put(at, from < at ? scan.token(at).lower() : "Открытие");
        for (int c = from; c < at; c++) {
            String w = scan.token(c).lower();
            normal.put(c, c == at - 1 ? "церемония" : CaseEndings.ruAdjective(w, 'f', false));
        }
        normal.computeIfPresent(from, (c, w) -> Render.capitalised(w));
        return new Mention(ActorType.EVENT, Render.of(scan.doc, from, to, normal), from, to, 2);
    }

    /** «в торжественной церемонии открытия …»: the ceremony and its adjectives are the event's name; else the opening. */
    private static int ceremonyBefore(Scan scan, int at) {
        Document.Sentence s = scan.doc.sentenceAt(at);
        if (at - 1 < s.from() || !scan.token(at - 1).lower().startsWith(RU_CEREMONY) || scan.taken(at - 1)) {
            return at;
        }
        int from = at - 1;
        while (from - 1 >= s.from() && at - from <= MAX_ADJECTIVES && !scan.taken(from - 1)
                && scan.token(from - 1).isCyrillic() && Morph.ruAdjectiveEnding(scan.token(from - 1).lower()) != null
                && !Morph.ruVerbLike(scan.token(from - 1).lower())) {
            from--;
        }
        return from;
    }

    private static boolean plainGenitive(Token t) {
        String w = t.lower();
        return t.isCyrillic() && !t.isCapitalised() && !Scan.isStopword(t) && !Morph.ruVerbLike(w)
                && (Morph.ruGenitiveLike(w) || Morph.ruAdjectiveEnding(w) != null);
    }

    /**
     * "the inauguration of Astana’s creative hub": "of", an article or a place's possessive, a few describing words
     * and a body's head in lower case (a named body is its own actor).
     */
    private static Mention english(Scan scan, int at) {
        int end = scan.doc.sentenceAt(at).to();
        if (at + 2 >= end || !scan.token(at + 1).is("of")) {
            return null;
        }
        int k = at + 2;
        String det = scan.token(k).lower();
        if (det.equals("the") || Morph.enPossessive(det)) {
            k++;
        }
        int first = k;
        while (k < end && k - first < MAX_ADJECTIVES && !scan.token(k).isCapitalised() && scan.token(k).isWord()
                && !Scan.isStopword(scan.token(k)) && Heads.of(scan.token(k), Lang.EN) == null) {
            k++;
        }
        Head h = k < end && !scan.token(k).isCapitalised() ? Heads.of(scan.token(k), Lang.EN) : null;
        if (!opened(h) || h.plural()) {
            return null;
        }
        String name = Render.capitalised(scan.token(at).text()) + " " + Render.of(scan.doc, at + 1, k + 1);
        return new Mention(ActorType.EVENT, name, at, k + 1, 2);
    }

    /** «Креативті хабтың ашылу салтанатына»: a body's head in the genitive (an adjective before it), the opening. */
    private static Mention kazakh(Scan scan, int at) {
        int from = at - 1;
        Document.Sentence s = scan.doc.sentenceAt(at);
        if (from < s.from() || !opened(Heads.of(scan.token(from), Lang.KK))
                || !Morph.kkCase(scan.token(from).lower(), 2).matches("[нтд][ыі]ң")) {
            return null;
        }
        if (from - 1 >= s.from() && scan.token(from - 1).isCyrillic() && !scan.taken(from - 1)
                && scan.token(from - 1).lower().matches(".*(ті|ты|ді|ды|лі|лы|тік|тық|лік|лық|дік|дық)")) {
            from--;
        }
        // «Абай орталығының ашылуы», «Орталық Азия халықаралық институтының ашылуы»: the opening of a body the text
        // names is left to that name, not cut to its head
        if (scan.taken(at - 1) || from - 1 >= s.from() && scan.token(from - 1).isCapitalised()) {
            return null;
        }
        boolean ceremony = at + 1 < s.to() && scan.token(at + 1).lower().startsWith(KK_CEREMONY);
        int to = ceremony ? at + 2 : at + 1;
        String name = Render.of(scan.doc, from, at) + (ceremony ? " ашылу салтанаты" : " ашылуы");
        return new Mention(ActorType.EVENT, name, from, to, 2);
    }

    private static boolean opened(Head h) {
        return h != null && (h.type() == ActorType.ORGANISATION || h.type() == ActorType.PLATFORM);
    }
}
