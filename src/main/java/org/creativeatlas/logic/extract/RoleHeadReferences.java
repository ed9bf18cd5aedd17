package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.creativeatlas.model.ActorType;

/**
 * «заместитель генерального директора библиотеки», "the rector of the University": a role that ends in a body's head
 * alone, in lower case in Russian or after "the" in English, speaks of the one body of that kind the text has named
 * before it in full. The bodies are indexed by their heads once per text.
 */
final class RoleHeadReferences {

    private final Scan scan;
    private final List<Mention> mentions;
    private Map<String, List<Mention>> byHead;

    RoleHeadReferences(Scan scan, List<Mention> mentions) {
        this.scan = scan;
        this.mentions = mentions;
    }

    /** The name of the one earlier body whose name holds the head that closes the person's role, or null. */
    String body(Mention person) {
        int last = person.roleTo - 1;
        if (person.roleFrom < 0 || last <= person.roleFrom || scan.taken(last)) {
            return null;
        }
        Token t = scan.token(last);
        Lang lang = scan.doc.sentenceAt(last).lang();
        boolean english = t.isLatin() && scan.token(last - 1).lower().equals("the");
        boolean bare = t.isCyrillic() ? !t.isCapitalised() && lang == Lang.RU : english;
        Head head = bare ? Heads.of(t, lang) : null;
        if (head == null || head.type() != ActorType.ORGANISATION || head.plural()) {
            return null;
        }
        List<Mention> bodies = index().getOrDefault(key(head), List.of());
        if (english && !t.isCapitalised()) {
            return mostNamed(bodies, before(bodies, person.from));
        }
        String found = null;
        for (Mention m : bodies) {
            if (m.from >= person.from) {
                break;
            }
            if (found != null && !found.equals(m.name)) {
                return null; // two bodies of that kind: the role does not say which
            }
            found = m.name;
        }
        return found;
    }

    /** How many of the bodies, in the order they are named, come before token {@code at}. */
    private static int before(List<Mention> bodies, int at) {
        int lo = 0;
        int hi = bodies.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (bodies.get(mid).from < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** How many of the bodies named last before a role "of the university" are weighed: the page's own, not a book's. */
    private static final int RECENT = 64;

    /**
     * "Vice-Rector … of the university" on a page of a university a delegation visits: the body of that kind named
     * more often than any other before; null if none is.
     */
    private static String mostNamed(List<Mention> bodies, int count) {
        Map<String, Integer> named = new LinkedHashMap<>();
        for (Mention m : bodies.subList(Math.max(0, count - RECENT), count)) {
            named.merge(m.name, 1, Integer::sum);
        }
        String best = null;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : named.entrySet()) {
            if (best == null || e.getValue() > named.get(best)) {
                best = e.getKey();
                tie = false;
            } else if (e.getValue().equals(named.get(best))) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** The organisations under each head noun their names hold, in the order they are named. */
    private Map<String, List<Mention>> index() {
        if (byHead == null) {
            byHead = new HashMap<>();
            for (Mention m : mentions) {
                if (m.type != ActorType.ORGANISATION) {
                    continue;
                }
                Lang lang = scan.doc.sentenceAt(m.from).lang();
                for (int k = m.from; k < m.to; k++) {
                    Head h = Heads.of(scan.token(k), lang);
                    List<Mention> list = h == null ? null : byHead.computeIfAbsent(key(h), x -> new ArrayList<>());
                    if (list != null && (list.isEmpty() || list.get(list.size() - 1) != m)) {
                        list.add(m);
                    }
                }
            }
        }
        return byHead;
    }

    private static String key(Head h) {
        return h.nominative().toLowerCase(Locale.ROOT);
    }
}
