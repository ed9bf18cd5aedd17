package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.creativeatlas.logic.extract.learn.NameModels;
import org.creativeatlas.logic.extract.learn.NameTagger;
import org.creativeatlas.model.ActorType;

/**
 * What the learned name model of each sentence's language says, used two ways: it mends the edges of people the
 * rules found («Kazakhstan Michael Gifford», "Ms. Rebeca"), and it proposes names no rule claimed — brand-like
 * names without a head noun, abbreviations standing alone, people named without a title. A head noun inside a span
 * still decides the type; places, facilities and lower-case spans are left out.
 */
final class LearnedNames {

    /** Words of context the model reads either side of what it is asked about. */
    private static final int CONTEXT = 3;
    /** Below this probability a span is not proposed. */
    static final double MIN_PROBABILITY = 0.75;
    /**
     * An abbreviation standing alone is a body more often than the model is sure of ("under the auspices of UNESCO"
     * scores 0.5): it needs less, when the model calls it an organisation.
     */
    static final double MIN_ABBREVIATION = 0.45;
    /** Words inside people's names that are not capitalised, beside uulu and kyzy: van, de. */
    private static final Set<String> NAME_PARTICLES = Set.of("van", "von", "de", "da", "bin");

    /** A span of the text the model named, tokens {@code from} to {@code to}, already trimmed. */
    private record Found(int from, int to, String type, double probability) {
    }

    private final Scan scan;
    private final Map<Lang, Optional<NameTagger>> taggers = new EnumMap<>(Lang.class);

    LearnedNames(Scan scan) {
        this.scan = scan;
    }

    /**
     * The rules' people, each replaced by the model's person over the same words when the model's differs and
     * is made of name words only: shorter (a place or title dropped) or longer (the surname after a first name).
     */
    List<Mention> mendPeople(List<Mention> people) {
        List<Mention> out = new ArrayList<>(people.size());
        for (Mention m : people) {
            Found f = m.type == ActorType.PERSON && m.priority <= 4 ? personOver(m) : null;
            if (f == null) {
                out.add(m);
                continue;
            }
            Mention mended = new Mention(ActorType.PERSON, personName(f.from, f.to), f.from, f.to, m.priority);
            mended.roleFrom = m.roleFrom;
            mended.roleTo = m.roleTo;
            mended.affiliation = m.affiliation;
            for (int i = f.from; i < f.to; i++) {
                scan.takeToken(i);
            }
            out.add(mended);
        }
        return out;
    }

    private Found personOver(Mention m) {
        if (!mendable(m)) {
            return null;
        }
        Document.Sentence s = scan.doc.sentenceAt(m.from);
        for (Found f : tag(s.lang(), Math.max(s.from(), m.from - CONTEXT), Math.min(s.to(), m.to + CONTEXT))) {
            boolean overlaps = f.from < m.to && m.from < f.to;
            if (!overlaps || !f.type.equals("person") || f.from == m.from && f.to == m.to) {
                continue;
            }
            if (f.to - f.from >= 2 && personWords(f.from, f.to) && (shrinks(m, f) || lengthens(m, f))) {
                return f;
            }
        }
        return null;
    }

    /**
     * Whether the model could mend this person at all — a place or title inside it to drop, or a free name word
     * after it to add — so that the model reads only around the people it may change.
     */
    private boolean mendable(Mention m) {
        for (int i = m.from; i < m.to; i++) {
            if (scan.place(i) != null || Titles.is(scan.token(i))) {
                return true;
            }
        }
        return m.to < scan.doc.size() && !scan.taken(m.to) && scan.nameLike(m.to);
    }

    /** The model drops only a place or title the rule took in: «Kazakhstan Michael Gifford». */
    private boolean shrinks(Mention m, Found f) {
        if (f.from < m.from || f.to > m.to) {
            return false;
        }
        for (int i = m.from; i < m.to; i++) {
            boolean dropped = i < f.from || i >= f.to;
            if (dropped && scan.place(i) == null && !Titles.is(scan.token(i))) {
                return false;
            }
        }
        return true;
    }

    /** The model adds the name words that follow, free of other finds: "Ms. Rebeca" → "Rebeca Grynspan". */
    private boolean lengthens(Mention m, Found f) {
        if (f.from < m.from || f.to <= m.to || f.from >= m.to) {
            return false;
        }
        for (int i = m.to; i < f.to; i++) {
            if (scan.taken(i) || !scan.nameLike(i)) {
                return false;
            }
        }
        return true;
    }

    /** The model's names that no rule claimed, as mentions of the lowest priority. */
    List<Mention> unclaimed() {
        List<Mention> out = new ArrayList<>();
        for (Document.Sentence s : scan.doc.sentences) {
            int i = s.from();
            while (i < s.to()) {
                if (!free(s, i)) {
                    i++;
                    continue;
                }
                // a stretch of free words with some context either side is all the model needs to read
                int from = Math.max(s.from(), i - CONTEXT);
                int to = i + 1;
                for (int k = i + 1; k < Math.min(s.to(), to + CONTEXT); k++) {
                    to = free(s, k) ? k + 1 : to;
                }
                to = Math.min(s.to(), to + CONTEXT);
                for (Found f : tag(s.lang(), from, to)) {
                    boolean sure = f.probability >= (loneAbbreviation(f) ? MIN_ABBREVIATION : MIN_PROBABILITY);
                    Mention m = sure && !scan.anyTaken(f.from, f.to) ? mention(f) : null;
                    if (m != null) {
                        out.add(m);
                        scan.take(m);
                    }
                }
                i = to;
            }
        }
        return out;
    }

    /**
     * One all-capital word of three letters or more that the model calls an organisation, not followed by a number
     * or another Latin word that would make it part of a longer name ("PLATON 5D", "EXPO 2017").
     */
    private boolean loneAbbreviation(Found f) {
        Token t = scan.token(f.from);
        if (f.to - f.from != 1 || !f.type.equals("organisation") || !t.isAbbreviation() || t.text().length() < 3) {
            return false;
        }
        Token next = f.to < scan.doc.sentenceAt(f.from).to() ? scan.token(f.to) : null;
        return next == null || !next.isNumber() && !next.isLatin();
    }

    /** The model's names in tokens {@code from} to {@code to} of one sentence, trimmed of marks, titles and places. */
    private List<Found> tag(Lang lang, int from, int to) {
        NameTagger tagger = tagger(lang);
        if (tagger == null) {
            return List.of();
        }
        List<Found> out = new ArrayList<>();
        String[] words = new String[to - from];
        for (int i = from; i < to; i++) {
            words[i - from] = scan.token(i).text();
        }
        for (NameTagger.Name n : tagger.find(words)) {
            int a = from + n.from();
            int b = from + n.to();
            while (a < b && (!scan.token(a).isWord() && !scan.token(a).isNumber()
                    || n.type().equals("person") && (Titles.is(scan.token(a)) || scan.place(a) != null))) {
                a++;
            }
            // a name never ends on a function word: «членов Союза со всех регионов» gives no «Союза со»
            // nor on a lower-case word after an acronym: «организацией ЮНЕСКО годом …» names UNESCO
            // nor on a lower-case letter, which opens an abbreviation: «директор Института д.и.н. А. К. Аликберов»
            while (b > a && (!scan.token(b - 1).isWord() && !scan.token(b - 1).isNumber()
                    || !scan.token(b - 1).isCapitalised() && (Scan.isStopword(scan.token(b - 1))
                    || scan.token(b - 1).text().length() == 1)
                    || b - 2 >= a && scan.token(b - 1).isCyrillic() && !scan.token(b - 1).isCapitalised()
                    && scan.token(b - 2).isAbbreviation() && scan.token(b - 2).isWord())) {
                b--;
            }
            if (b > a) {
                out.add(new Found(a, b, n.type(), n.probability()));
            }
        }
        return out;
    }

    private NameTagger tagger(Lang lang) {
        return taggers.computeIfAbsent(lang, l -> {
            Optional<NameTagger> t = NameModels.tagger(l.name().toLowerCase(Locale.ROOT));
            t.ifPresent(NameTagger::newDocument);
            return t;
        }).orElse(null);
    }

    /**
     * A word a name could hold that no rule took: a capital past the sentence's first word, a Latin word or a word in
     * quotation marks, and no place, title, month or function word.
     */
    private boolean free(Document.Sentence s, int i) {
        Token t = scan.token(i);
        boolean start = t.isWord() && (i > s.from() && t.isCapitalised() || t.isLatin()
                || scan.doc.quotes.around(i) != null);
        return start && !scan.taken(i) && scan.place(i) == null && !Scan.isStopword(t) && !Titles.is(t)
                && !Months.is(t.lower());
    }

    private Mention mention(Found f) {
        boolean person = f.type.equals("person");
        if (allPlace(f.from, f.to) || !proper(f.from, f.to) || !person && fragment(f)
                || KazakhHolidays.dates(scan, f.from, f.to) || person && PersonNameForms.declinedOpening(scan, f.from, f.to)) {
            return null;
        }
        ActorType actor = type(f);
        if (actor == null) {
            return null;
        }
        String name;
        if (actor == ActorType.PERSON) {
            name = personName(f.from, f.to);
        } else if (scan.doc.sentenceAt(f.from).lang() == Lang.KK) {
            name = Render.of(scan.doc, f.from, f.to, Map.of(f.to - 1, nominative(f.to - 1)));
        } else {
            // «празднования Дня независимости»: a verbal noun in lower case before the name is what is done to it
            int from = f.to - f.from >= 2 && lowerVerbalNoun(scan.token(f.from)) && scan.token(f.from + 1).isCapitalised()
                    ? f.from + 1 : f.from;
            name = Render.of(scan.doc, from, f.to);
        }
        return new Mention(actor, name, f.from, f.to, 1);
    }

    private static boolean lowerVerbalNoun(Token t) {
        return t.isCyrillic() && !t.isCapitalised() && t.lower().matches(".*(ние|ния|нии|нию|нием)");
    }

    /** The type a head noun in the span gives, else the model's; places and facilities without a head are no actor. */
    private ActorType type(Found f) {
        Lang lang = scan.doc.sentenceAt(f.from).lang();
        if (!f.type.equals("person")) {
            for (int i = f.from; i < f.to; i++) {
                Head h = Heads.of(scan.token(i), lang);
                if (h != null) {
                    return h.type();
                }
            }
        }
        return switch (f.type) {
            case "person" -> f.to - f.from >= 2 && personWords(f.from, f.to) && !EnglishRoles.workTitle(scan, f.from)
                    && !(f.to - f.from == 2 && scan.addressed(f.from)) ? ActorType.PERSON : null;
            case "organisation" -> ActorType.ORGANISATION;
            case "event" -> ActorType.EVENT;
            default -> null;
        };
    }

    /** Capitalised words, initials with their full stops, and the particles of Central Asian names. */
    private boolean personWords(int from, int to) {
        int words = 0;
        for (int i = from; i < to; i++) {
            Token t = scan.token(i);
            boolean initialStop = t.is(".") && i > from && scan.token(i - 1).isInitial();
            if (NAME_PARTICLES.contains(t.lower()) || Surnames.isParticle(t.lower()) || initialStop) {
                continue;
            }
            if (!t.isWord() || !t.isCapitalised() || t.isAbbreviation() && !t.isInitial() || Titles.is(t)
                    || Scan.isStopword(t) || Months.is(t.lower()) || scan.place(i) != null) {
                return false;
            }
            words++;
        }
        return words >= 2 || words == 1 && to - from >= 3;
    }

    private String personName(int from, int to) {
        return Render.of(scan.doc, from, to, new PersonNameForms(scan).normalise(from, to, null));
    }

    private String nominative(int i) {
        Head h = Heads.of(scan.token(i), Lang.KK);
        return h != null ? h.nominative() : scan.token(i).text();
    }

    /**
     * A piece of a longer name: next to a name a rule took («Национальной» before «Академии …»), an adjective alone,
     * or, in Russian or Kazakh text, cut out of a longer Latin title ("Who Drives the Creative Industries of …").
     */
    private boolean fragment(Found f) {
        int before = f.from - 1;
        int after = f.to;
        if (before >= 0 && "\"«“".contains(scan.token(before).text())) {
            before--;
        }
        if (after < scan.doc.size() && "\"»”".contains(scan.token(after).text())) {
            after++;
        }
        Document.Sentence s = scan.doc.sentenceAt(f.from);
        boolean latinAround = s.lang() != Lang.EN && (f.from > s.from() && scan.token(f.from - 1).isLatin()
                || f.to < s.to() && scan.token(f.to).isLatin() && scan.token(f.to).isCapitalised());
        boolean adjective = f.to - f.from == 1 && scan.token(f.from).isCyrillic()
                && Morph.ruAdjectiveEnding(scan.token(f.from).lower()) != null;
        return before >= 0 && scan.taken(before) || after < scan.doc.size() && scan.taken(after) || latinAround
                || adjective || f.from < f.to && Scan.isStopword(scan.token(f.from)) || glued(f.from - 1, f.from)
                || glued(f.to - 1, f.to);
    }

    /** Two words or numbers written without a space between them are one: the "D" of "PLATON 5D" is no name. */
    private boolean glued(int a, int b) {
        if (a < 0 || b >= scan.doc.size()) {
            return false;
        }
        Token x = scan.token(a);
        Token y = scan.token(b);
        return x.end() == y.start() && (x.isWord() || x.isNumber()) && (y.isWord() || y.isNumber());
    }

    private boolean allPlace(int from, int to) {
        for (int i = from; i < to; i++) {
            if (scan.place(i) == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * A capital that does not open the sentence and is no place, a Latin word or a quotation somewhere, and not a
     * lone function word, title, month or head noun: «Открытие выставки» at the start of a sentence is no name, nor
     * «Орталық Азия аймағындағы», nor "University".
     */
    private boolean proper(int from, int to) {
        if (to - from == 1 && (Scan.isStopword(scan.token(from)) || Titles.is(scan.token(from))
                || Months.is(scan.token(from).lower()))) {
            return false;
        }
        if (to - from == 1 && Heads.of(scan.token(from), scan.doc.sentenceAt(from).lang()) != null) {
            return false;
        }
        int opening = scan.doc.sentenceAt(from).from();
        for (int i = from; i < to; i++) {
            Token t = scan.token(i);
            boolean word = t.isWord() && (t.isCapitalised() && i != opening || t.isLatin()) && scan.place(i) == null;
            if (word || scan.doc.quotes.around(i) != null) {
                return true;
            }
        }
        return false;
    }
}
