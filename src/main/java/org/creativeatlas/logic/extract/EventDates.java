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

    private String nearest(Mention m, boolean sentenceOnly) {
        Document.Sentence s = scan.doc.sentenceAt(m.from);
        int at = scan.token(m.from).start();
        String best = null;
        int distance = Integer.MAX_VALUE;
        for (DateFinder.Dated d : dates) {
            if (!within(d.at(), s, sentenceOnly)) {
                continue;
            }
            int dist = Math.abs(d.at() - at);
            if (dist < distance) {
                best = d.iso();
                distance = dist;
            }
        }
        return best;
    }

    private boolean within(int offset, Document.Sentence s, boolean sentenceOnly) {
        if (sentenceOnly) {
            return offset >= scan.token(s.from()).start() && offset < scan.token(s.to() - 1).end();
        }
        int from = s.from();
        int to = s.to();
        while (from > 0 && scan.doc.sentenceAt(from - 1).paragraph() == s.paragraph()) {
            from = scan.doc.sentenceAt(from - 1).from();
        }
        while (to < scan.doc.size() && scan.doc.sentenceAt(to).paragraph() == s.paragraph()) {
            to = scan.doc.sentenceAt(to).to();
        }
        return offset >= scan.token(from).start() && offset < scan.token(to - 1).end();
    }
}
