package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.creativeatlas.logic.extract.learn.NameModels;
import org.creativeatlas.logic.extract.learn.NameTagger;
import org.creativeatlas.model.ActorType;

/**
 * Names the rules did not claim, proposed by the learned name model of each sentence's language: brand-like names
 * without a head noun, abbreviations standing alone, people named without a title. A head noun inside the span
 * still decides the type (an event's, a platform's); places and lower-case spans are left out.
 */
final class LearnedNames {

    /** Below this probability a span is not proposed. */
    static final double MIN_PROBABILITY = 0.6;

    private final Scan scan;
    private final Map<Lang, Optional<NameTagger>> taggers = new EnumMap<>(Lang.class);

    private LearnedNames(Scan scan) {
        this.scan = scan;
    }

    static List<Mention> find(Scan scan) {
        return new LearnedNames(scan).find();
    }

    private List<Mention> find() {
        List<Mention> found = new ArrayList<>();
        for (Document.Sentence s : scan.doc.sentences) {
            NameTagger tagger = tagger(s.lang());
            if (tagger == null || !worthTagging(s)) {
                continue;
            }
            String[] words = new String[s.to() - s.from()];
            for (int i = s.from(); i < s.to(); i++) {
                words[i - s.from()] = scan.token(i).text();
            }
            for (NameTagger.Name n : tagger.find(words)) {
                Mention m = n.probability() < MIN_PROBABILITY ? null
                        : mention(s.from() + n.from(), s.from() + n.to(), n.type());
                if (m != null) {
                    found.add(m);
                    scan.take(m);
                }
            }
        }
        return found;
    }

    private NameTagger tagger(Lang lang) {
        return taggers.computeIfAbsent(lang, l -> {
            Optional<NameTagger> t = NameModels.tagger(l.name().toLowerCase(Locale.ROOT));
            t.ifPresent(NameTagger::newDocument);
            return t;
        }).orElse(null);
    }

    /** A sentence with no capital past its first word, no Latin word and no quote names no one the model could find. */
    private boolean worthTagging(Document.Sentence s) {
        for (int i = s.from(); i < s.to(); i++) {
            Token t = scan.token(i);
            if (t.isWord() && (i > s.from() && t.isCapitalised() || t.isLatin()) || "«\"“".contains(t.text())) {
                return true;
            }
        }
        return false;
    }

    private Mention mention(int from, int to, String type) {
        while (from < to && !scan.token(from).isWord() && !scan.token(from).isNumber()) {
            from++;
        }
        while (to > from && !scan.token(to - 1).isWord() && !scan.token(to - 1).isNumber()) {
            to--;
        }
        if (to <= from || scan.anyTaken(from, to) || allPlace(from, to) || !proper(from, to)) {
            return null;
        }
        ActorType actor = type(from, to, type);
        if (actor == null) {
            return null;
        }
        Map<Integer, String> normal = new java.util.HashMap<>();
        if (scan.doc.sentenceAt(from).lang() == Lang.KK) {
            normal.put(to - 1, actor == ActorType.PERSON ? CaseEndings.kkSurname(scan.token(to - 1).text())
                    : nominative(to - 1));
        }
        return new Mention(actor, Render.of(scan.doc, from, to, normal), from, to, 1);
    }

    /** The type a head noun in the span gives, else the model's; places and facilities without a head are no actor. */
    private ActorType type(int from, int to, String learned) {
        Lang lang = scan.doc.sentenceAt(from).lang();
        for (int i = from; i < to; i++) {
            Head h = Heads.of(scan.token(i), lang);
            if (h != null && learned.matches("organisation|event|facility")) {
                return h.type();
            }
        }
        return switch (learned) {
            case "person" -> to - from >= 2 || scan.token(from).isLatin() ? ActorType.PERSON : null;
            case "organisation" -> ActorType.ORGANISATION;
            case "event" -> ActorType.EVENT;
            default -> null;
        };
    }

    private String nominative(int i) {
        Head h = Heads.of(scan.token(i), Lang.KK);
        return h != null ? h.nominative() : scan.token(i).text();
    }

    private boolean allPlace(int from, int to) {
        for (int i = from; i < to; i++) {
            if (scan.place(i) == null) {
                return false;
            }
        }
        return true;
    }

    /** A capital, a Latin word or an abbreviation somewhere, and not a lone function word. */
    private boolean proper(int from, int to) {
        if (to - from == 1 && (Scan.isStopword(scan.token(from)) || Titles.is(scan.token(from))
                || Months.is(scan.token(from).lower()))) {
            return false;
        }
        for (int i = from; i < to; i++) {
            Token t = scan.token(i);
            if (t.isWord() && (t.isCapitalised() || t.isLatin())) {
                return true;
            }
        }
        return false;
    }
}
