package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.creativeatlas.model.ActorType;

/**
 * «объявлен международной организацией ТЮРКСОЙ годом …», «ТҮРКСОЙ ұйымдастырған»: the intergovernmental bodies of the
 * Turkic and Islamic world's culture, and UNESCO, are named by an acronym alone, which no head noun stands by and the
 * models, trained on other news, do not know. Any acronym in capitals would bring surnames and headings set in capitals
 * with it, so only these are taken, in the spellings of the three languages; a heading set in capitals is left out.
 */
final class KnownAcronyms {
    /**
     * TURKSOY, ТЮРКСОЙ, ТҮРКСОЙ, ТҮРІКСОЙ, TÜRKSOY, TÚRKSOI; TURKPA, ТЮРКПА; ICESCO, ISESCO, ИСЕСКО; UNESCO, ЮНЕСКО; the
     * UN; ҰҒА, the Kazakh for the National Academy of Sciences («ҚР ҰҒА академигі»).
     */
    private static final Pattern KNOWN = Pattern.compile(
            "t[uüú]rkso[yi]|т[юүу]р[іи]?ксой|t[uü]rkpa|т[юү]ркпа|isesco|icesco|исеско|unesco|юнеско|оон|бұұ|ұға");
    /** «ЮНЕСКО-ның», «БҰҰ-ға»: Kazakh hyphens its case endings to an acronym. */
    private static final Pattern KAZAKH_CASE = Pattern.compile("-[а-яәғқңөұүһі]{1,6}");

    private KnownAcronyms() {
    }

    /** The acronyms standing alone, but for one a longer name found holds («Халықаралық ТҮРКСОЙ … ұйымы»). */
    static List<Mention> find(Scan scan, List<Mention> mentions) {
        List<Mention> found = new ArrayList<>();
        Set<String> named = named(scan, mentions);
        for (int i = 0; i < scan.doc.size(); i++) {
            if (lone(scan, i) && !named.contains(bare(scan.token(i)).toLowerCase(java.util.Locale.ROOT))) {
                int from = stateBefore(scan, i);
                String name = (from < i ? Render.of(scan.doc, from, i) + " " : "") + bare(scan.token(i));
                Mention m = new Mention(ActorType.ORGANISATION, name, from, i + 1, 1);
                found.add(m);
                scan.take(m);
            }
        }
        return found;
    }

    private static boolean lone(Scan scan, int i) {
        Token t = scan.token(i);
        if (!is(t) || scan.taken(i)) {
            return false;
        }
        Document.Sentence s = scan.doc.sentenceAt(i);
        // a heading or a date line in capitals («АСТАНА. KAZINFORM –») is no ordinary sentence
        int before = stateBefore(scan, i);
        before = before < i ? before - 1 : i - 1;
        if (bracketedAfterBody(scan, i)) {
            return false;
        }
        return (before < s.from() || !capitals(scan, before)) && (i + 1 >= s.to() || !capitals(scan, i + 1));
    }

    /**
     * «Ұлттық ғылым академиясының (ҚР ҰҒА)»: the short name of the body found right before the bracket, which the
     * acronym alone then stands for («ҰҒА-ның тарихы»).
     */
    private static boolean bracketedAfterBody(Scan scan, int i) {
        int open = stateBefore(scan, i) - 1;
        return open > scan.doc.sentenceAt(i).from() && scan.token(open).is("(") && scan.taken(open - 1);
    }

    /** «ҚР ҰҒА»: where the state's abbreviation before the acronym starts, which belongs to its name; else i. */
    private static int stateBefore(Scan scan, int i) {
        Place state = i > 0 && !scan.taken(i - 1) && scan.token(i - 1).isAbbreviation() ? scan.place(i - 1) : null;
        return state != null && state.state() && state.to() == i ? state.from() : i;
    }

    /** One of these acronyms, in capitals or written as a word («Түрксой ұйымы»), a case ending hyphened on or not. */
    static boolean is(Token t) {
        return t.isWord() && t.isCapitalised() && "tтiиuюобұ".indexOf(Character.toLowerCase(t.text().charAt(0))) >= 0
                && KNOWN.matcher(bare(t).toLowerCase(java.util.Locale.ROOT)).matches();
    }

    /** «ОҚМУ-дің» → «ОҚМУ»: the abbreviation without the Kazakh case ending hyphened to it; the text if none. */
    static String bare(Token t) {
        int hyphen = t.text().indexOf('-');
        return hyphen > 0 && KAZAKH_CASE.matcher(t.text().substring(hyphen)).matches() ? t.text().substring(0, hyphen)
                : t.text();
    }

    /** The words for an organisation that may follow the acronym in its own longer name. */
    private static final Pattern ITS_KIND = Pattern.compile("ұйым.*|организац.*|organi[sz]ation.*");

    /**
     * The acronyms a longer name found names as their body itself, in lower case: the word for an organisation stands
     * right before the acronym («Международная организация ТЮРКСОЙ») or after it («Түрксой халықаралық ұйымы»), or
     * the acronym is in its brackets ("… (TURKSOY)"). A body or an event named for it is another («ЮНЕСКО және ИСЕСКО
     * істері жөніндегі ҚР Ұлттық комиссиясы», «Генеральная конференция ЮНЕСКО»). Read once per text.
     */
    private static Set<String> named(Scan scan, List<Mention> mentions) {
        Set<String> named = new HashSet<>();
        for (int i = 0; i < scan.doc.size(); i++) {
            if (is(scan.token(i)) && bracketedAfterBody(scan, i)) {
                named.add(bare(scan.token(i)).toLowerCase(java.util.Locale.ROOT));
            }
        }
        for (Mention m : mentions) {
            for (int k = m.from; m.type == ActorType.ORGANISATION && k < m.to; k++) {
                if (is(scan.token(k)) && (k > m.from && (scan.token(k - 1).is("(") || kind(scan.token(k - 1)))
                        || kindAfter(scan, k + 1, m.to))) {
                    named.add(scan.token(k).lower());
                }
            }
        }
        return named;
    }

    private static boolean kind(Token t) {
        return ITS_KIND.matcher(t.lower()).matches();
    }

    /** The word for an organisation at {@code from}, or after an adjective in lower case («халықаралық ұйымы»). */
    private static boolean kindAfter(Scan scan, int from, int to) {
        for (int j = from; j < Math.min(to, from + 2); j++) {
            Token t = scan.token(j);
            if (kind(t)) {
                return true;
            }
            if (!t.isWord() || t.isCapitalised()) {
                return false;
            }
        }
        return false;
    }

    private static boolean capitals(Scan scan, int k) {
        Token t = scan.token(k);
        return t.isWord() && t.isAbbreviation();
    }
}
