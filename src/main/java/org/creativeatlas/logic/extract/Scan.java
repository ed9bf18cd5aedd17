package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** What every finder shares while reading one document: its tokens, its places and which tokens are taken. */
final class Scan {

    private static final Set<String> STOPWORDS = Set.copyOf(Resources.words("stopwords.txt"));

    final Document doc;
    final List<Place> places;
    private final Place[] placeAt;
    private final boolean[] taken;
    /** Whether each token is name-like, read once: 0 not yet, 1 no, 2 yes. The finders ask many times. */
    private final byte[] nameLike;

    Scan(Document doc) {
        this.doc = doc;
        this.places = new ArrayList<>(PlaceFinder.find(doc));
        this.placeAt = new Place[doc.size()];
        this.taken = new boolean[doc.size()];
        this.nameLike = new byte[doc.size()];
        for (Place p : places) {
            for (int i = p.from(); i < p.to(); i++) {
                placeAt[i] = p;
            }
        }
    }

    Token token(int i) {
        return doc.token(i);
    }

    /** The place token i belongs to, or null. */
    Place place(int i) {
        return i >= 0 && i < placeAt.length ? placeAt[i] : null;
    }

    /** «Актана Арыма Кубата»: the words a name takes are no place, though one reads as one (Cuba's). */
    void unplace(int from, int to) {
        for (int i = from; i < to; i++) {
            Place p = placeAt[i];
            if (p != null) {
                Arrays.fill(placeAt, p.from(), p.to(), null);
                places.remove(p);
            }
        }
    }

    boolean taken(int i) {
        return taken[i];
    }

    void take(Mention m) {
        for (int i = m.from; i < m.to; i++) {
            taken[i] = true;
        }
    }

    void takeToken(int i) {
        taken[i] = true;
    }

    boolean anyTaken(int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    static boolean isStopword(Token t) {
        return !t.isAbbreviation() && STOPWORDS.contains(t.lower());
    }

    /** A function word however it is written: "OF" in a headline in capitals too. */
    static boolean isFunctionWord(Token t) {
        return STOPWORDS.contains(t.lower());
    }

    /**
     * A word that could be part of a person's name: capitalised, not a known place, head (but for a surname such as
     * Hall), title or function word.
     */
    boolean nameLike(int i) {
        if (nameLike[i] == 0) {
            nameLike[i] = (byte) (readNameLike(i) ? 2 : 1);
        }
        return nameLike[i] == 2;
    }

    /**
     * «аким столицы Алтай КУЛЬГИНОВ»: Russian news often write the surname in capitals after the first name; such a
     * word ends like a surname and follows a capitalised word that is no abbreviation.
     */
    boolean capitalsSurname(int i) {
        Token t = token(i);
        if (t.isLatin() && t.text().length() >= 5 && t.isAbbreviation() && Surnames.looksLike(t.lower())) {
            // "SAMPIEV Israpil Magometovich", "Asiyat Kazievna BOTASHEVA": in Latin letters a patronymic beside it says so
            return i > 0 && LATIN_PATRONYMIC.matcher(token(i - 1).lower()).matches()
                    || i + 2 < doc.size() && LATIN_PATRONYMIC.matcher(token(i + 2).lower()).matches()
                    && token(i + 1).isCapitalised() && !token(i + 1).isAbbreviation();
        }
        return i > 0 && t.isCyrillic() && t.text().length() >= 5 && t.isAbbreviation() && Surnames.looksLike(t.lower())
                && token(i - 1).isCyrillic() && token(i - 1).isCapitalised() && !token(i - 1).isAbbreviation();
    }

    private static final java.util.regex.Pattern LATIN_PATRONYMIC = java.util.regex.Pattern.compile(
            "\\p{L}{3,}(ovich|evich|ovna|evna|ichna)");

    /**
     * «… Арман Жудебаев. Особый интерес Армана Адильхановича вызвали …»: a Russian first name and patronymic at
     * {@code i}, in any case, with no surname after them, address someone the text names in full with that first name
     * (a surname that looks like a patronymic, «Мария Блажевич», has no such namesake).
     */
    boolean addressed(int i) {
        Token second = i + 1 < doc.size() ? token(i + 1) : null;
        if (second == null || !second.isCyrillic() || !Surnames.patronymicForm(second.lower())
                || i + 2 < doc.size() && nameLike(i + 2)) {
            return false;
        }
        String first = token(i).lower();
        String stem = first.substring(0, Math.min(first.length(), FIRST_NAME_STEM));
        for (int j = 0; j + 1 < doc.size(); j++) {
            if (j != i && token(j).lower().startsWith(stem) && token(j).isCapitalised() && nameLike(j + 1)
                    && !Surnames.patronymicForm(token(j + 1).lower()) || initialled(j, token(i), second)) {
                return true;
            }
        }
        return false;
    }

    /** «ректор К.Г. Кожобеков … Кудайберди Гапаралиевич»: initials at j that are those of a first name and patronymic. */
    private boolean initialled(int j, Token first, Token patronymic) {
        return j + 4 < doc.size() && token(j).isInitial() && token(j + 1).is(".") && token(j + 2).isInitial()
                && token(j + 3).is(".") && nameLike(j + 4) && token(j).text().charAt(0) == first.text().charAt(0)
                && token(j + 2).text().charAt(0) == patronymic.text().charAt(0);
    }

    /**
     * «г. Алматы», «г.Бишкека»: the short word for a town, its full stop and a town's name at {@code i}; the end of the
     * town's name, or {@code i} if that is not there.
     */
    int shortTownEnd(int i) {
        if (i + 2 >= doc.size() || !token(i).lower().equals("г") || !token(i + 1).is(".")) {
            return i;
        }
        Place p = place(i + 2);
        return p != null && p.from() == i + 2 && p.city() != null ? p.to() : i;
    }

    /** How many letters of a first name stay in all its cases (Арман, Армана). */
    private static final int FIRST_NAME_STEM = 4;

    /** "Mohammad al-Jassar": an Arabic surname with its article hyphened on in lower case, after a given name. */
    private static final java.util.regex.Pattern LATIN_ARTICLED =
            java.util.regex.Pattern.compile("(al|el|ad|as|ash|at|an|ar|az)-\\p{Lu}\\p{Ll}+");

    private boolean readNameLike(int i) {
        Token t = token(i);
        return t.isWord() && (t.isCapitalised() || i > 0 && token(i - 1).isCapitalised() && LATIN_ARTICLED.matcher(t.text())
                .matches()) && (!t.isAbbreviation() || capitalsSurname(i)) && t.text().length() > 1
                && (!isStopword(t) || koreanSurname(i))
                && place(i) == null && !Titles.is(t)
                && (Heads.of(t, doc.sentenceAt(i).lang()) == null || Heads.alsoSurname(t))
                && !Months.is(t.lower()) && !(t.isLatin() && RANKS.contains(t.lower()));
    }

    /**
     * «Со Кан-Сок»: a short Korean surname that is also a word («со»), capitalised before a given name of two
     * capitalised syllables joined by a hyphen.
     */
    private boolean koreanSurname(int i) {
        Token t = token(i);
        String next = i + 1 < doc.size() ? token(i + 1).text() : "";
        int hyphen = next.indexOf('-');
        return t.isCapitalised() && t.isCyrillic() && t.text().length() == 2 && hyphen > 0 && hyphen + 1 < next.length()
                && Character.isUpperCase(next.charAt(0)) && Character.isUpperCase(next.charAt(hyphen + 1));
    }

    /**
     * English words of rank that open bodies' names and are nobody's name: "Founder of Peace and National Unity";
     * the words for a mountain, a lake or a street;
     * "Best" and "Grand", which open the categories of an award ("Best Film, Grand Prix"); and small numbers, which
     * open titles of works ("Three Musketeers"); and the plural fields of learning of a degree ("Doctor of Economic
     * Sciences").
     */
    private static final Set<String> RANKS = Set.of("national", "state", "republican",
            "international", "federal", "presidential", "best", "grand", "two", "three", "four", "five", "seven",
            // the words for features of the land and of a town: "the Sulaiman-Too Sacred Mountain"
            "mountain", "mountains", "lake", "river", "valley", "gorge", "canyon", "desert", "peak", "island", "square",
            "avenue", "street", "boulevard", "embankment", "sciences", "humanities", "studies");
}
