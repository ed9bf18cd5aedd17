package org.creativeatlas.logic.extract;

import java.util.List;
import java.util.Set;
import org.creativeatlas.model.ActorType;

/**
 * "Film from Kyrgyzstan included in program of CIS Film Festival … held in Moscow", "Bishkek City Drama Theater took
 * part in … festival in Kokshetau (Kazakhstan)", «Таджикские режиссеры … в Ташкенте»: a story's lead names who
 * travels and where to, and the story is the traveller's. The cast, directors and members it lists with nothing of
 * their own are the guest's, as at a nation's days of culture abroad, while the venues stay the host's.
 */
final class LeadVisit {

    /** The most sentences a lead runs to: a headline, a dateline, the first sentence of the story. */
    private static final int SENTENCES = 3;
    /** The fewest tokens of the sentence that ends a lead, shorter ones being headlines or datelines. */
    private static final int STORY = 8;

    private LeadVisit() {
    }

    /** The guest and the host the lead names, both states and not the same; null if it names no such visit. */
    static KazakhNationDays.Visit of(Scan scan, List<Mention> mentions, CountryResolver places) {
        int end = leadEnd(scan.doc);
        Document.Sentence first = scan.doc.sentences.isEmpty() ? null : scan.doc.sentences.get(0);
        // a headline ends with no stop
        int headline = first != null && !scan.doc.token(first.to() - 1).is(".") ? first.to() : 0;
        String guest = null;
        String host = null;
        for (Place p : scan.places) {
            if (p.from() >= end || p.country() == null) {
                continue;
            }
            if (p.from() < headline && (whence(scan, p) || p.adjective() && p.city() == null && !whither(scan, p))) {
                if (guest != null && !guest.equals(p.country())) {
                    return null;
                }
                guest = p.country();
            } else if (host == null && (where(scan, p, places) || p.destination())) {
                host = p.country();
            }
        }
        if (guest == null) {
            guest = subject(scan, mentions, places, end, host);
        }
        return guest == null || host == null || guest.equals(host) ? null : new KazakhNationDays.Visit(guest, host);
    }

    private static final java.util.Set<String> TO = java.util.Set.of("на", "в", "во", "at", "in", "to", "on");

    /** «… представит Казахстан на Российской креативной неделе»: a nation's adjective opening where one goes. */
    private static boolean whither(Scan scan, Place p) {
        return p.from() > 0 && TO.contains(scan.token(p.from() - 1).lower());
    }

    /** "from Kyrgyzstan", «из Казахстана», «Қырғызстаннан». */
    private static boolean whence(Scan scan, Place p) {
        String before = p.from() > 0 ? scan.token(p.from() - 1).lower() : "";
        String last = scan.token(p.to() - 1).lower();
        boolean kazakh = scan.doc.sentenceAt(p.from()).lang() == Lang.KK;
        return FromPlaces.FROM.contains(before) || kazakh && Morph.kkAblative(last);
    }

    /** "in Moscow", «в Ташкенте», «Ташкентте»; not «Ресейдегі штаб», a body said to be there. */
    private static boolean where(Scan scan, Place p, CountryResolver places) {
        boolean kazakh = scan.doc.sentenceAt(p.from()).lang() == Lang.KK;
        return places.locative(p)
                && (!kazakh || CountryResolver.plainLocative(Morph.kkCase(scan.token(p.to() - 1).lower(), 3)));
    }

    /** The country of the first body that opens a sentence of the lead, where its own name says one not the host's. */
    private static String subject(Scan scan, List<Mention> mentions, CountryResolver places, int end, String host) {
        for (Mention m : mentions) {
            if (m.from >= end) {
                return null;
            }
            if (m.type == ActorType.ORGANISATION && opens(scan, m)) {
                CountryResolver.Located own = places.own(m);
                if (own != null && own.country() != null && !own.country().equals(host)) {
                    return own.country();
                }
            }
        }
        return null;
    }

    /** A sentence of the story, not a headline or a dateline: long enough, and closed by a stop. */
    private static boolean story(Document doc, Document.Sentence s) {
        return s.to() - s.from() >= STORY && doc.token(s.to() - 1).is(".");
    }

    /** Whether the name opens its sentence, as its subject ("The …", a quote's mark before it at most). */
    private static boolean opens(Scan scan, Mention m) {
        int start = scan.doc.sentenceAt(m.from).from();
        return m.from == start || m.from == start + 1 && (scan.token(start).lower().equals("the")
                || !scan.token(start).isWord());
    }

    /** The token after the lead: up to the first sentence of the story, at most three sentences. */
    private static int leadEnd(Document doc) {
        int end = 0;
        for (int k = 0; k < Math.min(SENTENCES, doc.sentences.size()); k++) {
            Document.Sentence s = doc.sentences.get(k);
            end = s.to();
            if (story(doc, s)) {
                break;
            }
        }
        return end;
    }
}
