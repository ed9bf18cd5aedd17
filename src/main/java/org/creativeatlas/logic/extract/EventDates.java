package org.creativeatlas.logic.extract;

import java.util.List;

/** An event's date: the nearest date in its sentence, else in its paragraph, else the document's first date. */
final class EventDates {

    private final Scan scan;
    private final List<DateFinder.Dated> dates;

    EventDates(Scan scan) {
        this.scan = scan;
        this.dates = DateFinder.find(scan.doc.text);
    }

    String near(List<Mention> mentions) {
        for (boolean sentenceOnly : new boolean[] {true, false}) {
            for (Mention m : mentions) {
                String d = nearest(m, sentenceOnly);
                if (d != null) {
                    return d;
                }
            }
        }
        return dates.isEmpty() ? null : dates.get(0).iso();
    }

    /** The date nearest the mention within its sentence or paragraph; dates are sorted, so a search finds the range. */
    private String nearest(Mention m, boolean sentenceOnly) {
        Document.Sentence s = scan.doc.sentenceAt(m.from);
        int[] range = sentenceOnly ? new int[] {s.from(), s.to()} : scan.doc.paragraphOf(m.from);
        int lo = scan.token(range[0]).start();
        int hi = scan.token(range[1] - 1).end();
        int at = scan.token(m.from).start();
        String best = null;
        int distance = Integer.MAX_VALUE;
        for (int k = firstAtOrAfter(lo); k < dates.size() && dates.get(k).at() < hi; k++) {
            int dist = Math.abs(dates.get(k).at() - at);
            if (dist < distance) {
                best = dates.get(k).iso();
                distance = dist;
            }
        }
        return best;
    }

    private int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = dates.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (dates.get(mid).at() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
