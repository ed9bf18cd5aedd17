package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.creativeatlas.model.ActorType;

/**
 * English bodies named by a word of a brand's shape and no head noun: an abbreviation of three letters or more, or a
 * word with a capital or a digit inside ("under the auspices of TURKSOY", "attend IED courses", "NeSanatorium",
 * "Dom36"). Such a word standing alone names a body far more often than anything else; a description after it
 * ("WeCosmos - a festival of …") gives another type, and a country after an abbreviation names its office there
 * ("UNDP in Kazakhstan").
 */
final class EnglishBrands {

    /** Abbreviations of common English words, never a body: measures, currencies, times, things, fields and tests. */
    private static final Set<String> COMMON = Set.of("gdp", "gmt", "utc", "usd", "eur", "kzt", "kgs", "uzs", "tjs",
            "tmt", "rub", "covid", "ceo", "cto", "phd", "ict", "nft", "vip", "diy", "faq", "pdf", "ngo", "ngos", "sme",
            "smes", "usa", "ussr", "mba", "led", "dna", "atm", "gps", "pm", "am", "tv", "ai", "vr", "ar", "it", "ok", "cd",
            "dvd", "ww", "wwi", "wwii", "jsc", "llc", "llp", "ltd", "plc", "stem", "steam", "ielts", "toefl", "sat", "gpa",
            "pisa", "gre", "gmat");

    private static final Pattern YEARED = Pattern.compile("\\p{Lu}\\p{L}+-(19|20)\\d\\d");
    /** A Roman numeral numbers an edition or a century ("the XII “SharqTaronalari” festival"); it names nothing. */
    private static final Pattern ROMAN = Pattern.compile("M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");

    private EnglishBrands() {
    }

    /**
     * The brand names of the English sentences. An abbreviation written in brackets after a name is left to
     * {@link Abbreviations}; one made of the initials of a name found already ("KFW" after "Kazakhstan Fashion Week")
     * is a mention of that name.
     */
    static List<Mention> find(Scan scan, List<Mention> named) {
        List<Mention> found = new ArrayList<>();
        Set<String> defined = defined(scan);
        for (Document.Sentence s : scan.doc.sentences) {
            if (s.lang() != Lang.EN) {
                continue;
            }
            for (int i = s.from(); i < s.to(); i++) {
                if (webName(scan, i)) {
                    Mention site = new Mention(ActorType.PLATFORM, scan.token(i).text(), i, i + 1, 2);
                    found.add(site);
                    scan.take(site);
                    continue;
                }
                if (!brand(scan, i) || !alone(scan, s, i) || defined.contains(scan.token(i).text())) {
                    continue;
                }
                Mention full = initialsOf(scan.token(i).text(), named);
                Mention m = full != null ? new Mention(full.type, full.name, i, i + 1, full.priority) : brandAt(scan, s, i);
                found.add(m);
                scan.take(m);
            }
        }
        return found;
    }

    /**
     * The mentions less a name spelt out in brackets after a common abbreviation: "PISA (Program for International
     * Student Assessment)" names a test, not a programme anyone runs.
     */
    static List<Mention> dropSpeltCommon(Scan scan, List<Mention> mentions) {
        return mentions.stream().filter(m -> m.from < 2 || !scan.token(m.from - 1).is("(")
                || !COMMON.contains(scan.token(m.from - 2).lower()) || !scan.token(m.from - 2).isAbbreviation()).toList();
    }

    /** The brand at token i with the office's country after it, typed by a description after it or its year. */
    private static Mention brandAt(Scan scan, Document.Sentence s, int i) {
        int to = i + 1;
        Token t = scan.token(i);
        if (t.isAbbreviation() && to + 1 < s.to() && scan.token(to).is("of") && scan.token(to + 1).isAbbreviation()) {
            to += 2; // "YOUTH of OSH"
        } else if (t.isAbbreviation() && to + 1 < s.to() && scan.token(to).is("in") && country(scan.place(to + 1))) {
            to = scan.place(to + 1).to();
        } else {
            to = EnglishChains.namedAfter(scan, to, s.to()); // "TSKhU named after S.A.Niyazov"
        }
        // "Parastou-2017": a title with its year is an edition of an event
        ActorType type = YEARED.matcher(t.text()).matches() ? ActorType.EVENT : ActorType.ORGANISATION;
        Mention m = new Mention(EnglishNames.described(scan, to, s.to(), type), Render.of(scan.doc, i, to), i, to, 2);
        if (to > i + 1 && !scan.token(i + 1).is("of") && !scan.token(i + 1).is("in")) {
            m.variants.add(t.text()); // the acronym alone, later in the text, is the same body
        }
        return m;
    }

    /** Abbreviations the text writes in brackets: «… Industries (CCI)», "Almaty Management University (AlmaU)". */
    static Set<String> defined(Scan scan) {
        Set<String> out = new HashSet<>();
        for (int i = 1; i + 1 < scan.doc.size(); i++) {
            if (scan.token(i - 1).is("(") && scan.token(i + 1).is(")") && scan.token(i).isWord()) {
                out.add(scan.token(i).text());
            }
        }
        return out;
    }

    /**
     * The name, not a person's, whose last capitalised words the abbreviation's parts begin ("KFW", "KazNU" for
     * "Al-Farabi Kazakh National University"), or whose last initials are its letters in another order ("TSEU" for
     * "Tashkent State University of Economics"); or null.
     */
    private static Mention initialsOf(String abbreviation, List<Mention> named) {
        List<String> parts = List.of(abbreviation.split("(?=\\p{Lu})"));
        for (Mention m : named) {
            List<String> words = new ArrayList<>();
            // "KNU" of "Kyrgyz National University named after Jusup Balasagyn": whom it is named after is no initial
            int namedAt = m.name.indexOf(" named after ");
            for (String w : (namedAt > 0 ? m.name.substring(0, namedAt) : m.name).split("[\\s-]+")) {
                if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                    words.add(w);
                }
            }
            if (m.type != ActorType.PERSON && parts.size() >= 2 && parts.size() <= words.size()
                    && abbreviates(parts, words.subList(words.size() - parts.size(), words.size()))) {
                return m;
            }
        }
        return null;
    }

    private static boolean abbreviates(List<String> parts, List<String> words) {
        boolean inOrder = true;
        char[] letters = new char[parts.size()];
        char[] initials = new char[parts.size()];
        for (int k = 0; k < parts.size(); k++) {
            inOrder &= words.get(k).toLowerCase(Locale.ROOT).startsWith(parts.get(k).toLowerCase(Locale.ROOT));
            letters[k] = parts.get(k).charAt(0);
            initials[k] = words.get(k).charAt(0);
        }
        Arrays.sort(letters);
        Arrays.sort(initials);
        boolean letterParts = parts.stream().allMatch(p -> p.length() == 1);
        return inOrder || letterParts && Arrays.equals(letters, initials);
    }

    private static final Pattern SITE = Pattern.compile("[\\p{L}\\d-]{3,}(\\.[\\p{L}\\d-]+)*\\.\\p{L}{2,6}");

    /**
     * "have developed the website handicrafters.uz": a web address standing alone is a platform, as the catalogue
     * keeps sites; not part of an e-mail address, nor a line of its own (the page's source).
     */
    private static boolean webName(Scan scan, int i) {
        Token t = scan.token(i);
        Document.Sentence s = scan.doc.sentenceAt(i);
        boolean mail = i > 0 && scan.token(i - 1).is("@") || i + 1 < scan.doc.size() && scan.token(i + 1).is("@");
        return LatinNames.isWebName(t) && !scan.taken(i) && !mail && s.to() - s.from() > 1
                && SITE.matcher(t.text()).matches();
    }

    /** An abbreviation of three letters or more, or a capital or digit inside a word: TURKSOY, NeSanatorium, Dom36. */
    static boolean brand(Scan scan, int i) {
        Token t = scan.token(i);
        String text = t.text();
        if (!t.isWord() || !t.isLatin() || scan.taken(i) || scan.place(i) != null || COMMON.contains(t.lower())
                || text.indexOf('.') >= 0 || Titles.is(t)) {
            return false;
        }
        if (t.isAbbreviation()) {
            return text.length() >= 3 && text.chars().allMatch(Character::isLetter) && !ROMAN.matcher(text).matches();
        }
        return (t.isBrand() || t.isCapitalised() && text.chars().skip(1).anyMatch(Character::isDigit)) && !label(text);
    }

    /** Words that number the parts of a text or a programme, written as one with their number ("Section2"). */
    private static final Set<String> LABELS = Set.of("section", "part", "chapter", "stage", "step", "day", "round",
            "module", "lesson", "session", "article", "item", "page", "volume", "issue", "season", "episode", "level",
            "phase", "task");

    /** "Section2. New Reviews about …": a part's word and its number run together name a part, not a brand. */
    private static boolean label(String text) {
        int digits = text.length();
        while (digits > 0 && Character.isDigit(text.charAt(digits - 1))) {
            digits--;
        }
        return digits < text.length() && LABELS.contains(text.substring(0, digits).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Not part of a longer name or number ("WNAM REPORT", "EXPO 2017", "PLATON 5D"), not a hashtag, and not in a
     * line written all in capitals (a dateline such as "ALMATY. KAZINFORM").
     */
    static boolean alone(Scan scan, Document.Sentence s, int i) {
        boolean before = i > s.from() && (joinedName(scan, s, i - 1) || scan.token(i - 1).is("#")
                || scan.token(i - 1).end() == scan.token(i).start() && scan.token(i - 1).isWord());
        boolean after = i + 1 < s.to() && (joinedName(scan, s, i + 1) || scan.token(i + 1).isNumber()
                || scan.token(i + 1).start() == scan.token(i).end() && scan.token(i + 1).isWord());
        return !before && !after && !shouting(scan, s);
    }

    /** A name word next to the brand; the first word of a sentence is capitalised anyway ("Traditionally KFW …"). */
    private static boolean joinedName(Scan scan, Document.Sentence s, int k) {
        Token t = scan.token(k);
        return t.isWord() && t.isLatin() && !Scan.isStopword(t) && (t.isAbbreviation()
                || t.isCapitalised() && (k > s.from() || Heads.of(t, Lang.EN) != null));
    }

    /** A sentence whose words are all in capitals: a headline or dateline, where capitals say nothing of names. */
    private static boolean shouting(Scan scan, Document.Sentence s) {
        for (int k = s.from(); k < s.to(); k++) {
            Token t = scan.token(k);
            if (t.isWord() && !t.isAbbreviation()) {
                return false;
            }
        }
        return true;
    }

    private static boolean country(Place p) {
        return p != null && p.state();
    }
}
