package org.creativeatlas.logic.extract;

import java.util.List;
import java.util.Set;
import org.creativeatlas.model.ActorType;

/**
 * «Қазақстандағы Өзбекстан жылы», «Год Узбекистана в Казахстане», "Year of Uzbekistan in Kazakhstan": a year one state
 * devotes to another is an event of many events, named by the guest and, where it is said, the host.
 */
final class CountryYears {

    private CountryYears() {
    }

    static List<Mention> find(Scan scan) {
        return PerLanguage.find(scan, CountryYears::kazakh, CountryYears::russian, CountryYears::english);
    }

    private static final Set<String> YEAR_FORMS = Set.of("год", "года", "году", "годом", "годе");
    /** The Kazakh attributive locative, "which is in": «Қазақстандағы». */
    private static final Set<String> WHICH_IN = Set.of("дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі");

    /**
     * «Қазақстандағы Өзбекстан жылы», «Қазақстандағы Өзбекстанның жылы», «Өзбекстанның Қазақстандағы жылы», «Өзбекстан
     * жылы»: the year is the word after
     * the guest's name, or after the host's «which is in» when the guest stands before it in the genitive.
     */
    private static Mention kazakh(Scan scan, int i) {
        if (!scan.token(i).lower().startsWith("жыл") || scan.token(i).lower().equals("жыл")) {
            return null;
        }
        Place before = country(scan, i - 1);
        if (before == null || before.to() != i || !scan.token(i - 1).isCapitalised()) {
            return null;
        }
        String kase = Morph.kkCase(scan.token(i - 1).lower(), 3);
        Place guest = before.from() > 0 ? country(scan, before.from() - 1) : null;
        if (WHICH_IN.contains(kase) && guest != null && guest.to() == before.from()
                && KazakhNames.GENITIVE.contains(Morph.kkCase(scan.token(guest.to() - 1).lower(), 3))) {
            return year(scan, guest.from(), i); // «Өзбекстанның Қазақстандағы жылы»
        }
        // «Өзбекстандағы «Қазақстан жылы»»: the host before the quoted year
        boolean quoted = before.from() > 1 && scan.doc.quotes.closingOf(before.from() - 1) == i + 1;
        int hostEnd = quoted ? before.from() - 1 : before.from();
        Place host = hostEnd > 0 ? country(scan, hostEnd - 1) : null;
        boolean hosted = host != null && host.to() == hostEnd
                && WHICH_IN.contains(Morph.kkCase(scan.token(host.to() - 1).lower(), 3));
        if (hosted && quoted) {
            return new Mention(ActorType.EVENT, Render.of(scan.doc, host.from(), i + 2), host.from(), i + 2, 2);
        }
        // «Қазақстандағы Өзбекстанның жылы»: the guest in the genitive after the host's «which is in»
        if (!(hosted && KazakhNames.GENITIVE.contains(kase))
                && (KazakhNames.GENITIVE.contains(kase) || CountryResolver.KK_LOCATIVE.contains(kase))) {
            return null;
        }
        return year(scan, hosted ? host.from() : before.from(), i);
    }

    private static Mention year(Scan scan, int from, int i) {
        return new Mention(ActorType.EVENT, Render.of(scan.doc, from, i) + " жылы", from, i + 1, 2);
    }

    /**
     * «Года Узбекистана в Казахстане», «Году Республики Узбекистан в Казахстане», «Года культуры Туркменистана в
     * Китае»: «Год» with a capital, the guest in
     * the genitive, the host after «в»; or a year named by its quoted theme, «года «Астана — культурная столица
     * тюркского мира»».
     */
    private static Mention russian(Scan scan, int i) {
        Token t = scan.token(i);
        if (!YEAR_FORMS.contains(t.lower()) || i + 1 >= scan.doc.size()) {
            return null;
        }
        Quotes.Quote theme = scan.doc.quotes.around(i + 1);
        if (theme != null && theme.open() == i + 1 && theme.close() - theme.open() > 2) {
            String year = t.isCapitalised() ? "Год " : "год ";
            return new Mention(ActorType.EVENT, year + Render.of(scan.doc, i + 1, theme.close() + 1), i,
                    theme.close() + 1, 2);
        }
        // «Года культуры Туркменистана в Китае»: the year of one field of the guest's
        int field = FIELDS.contains(scan.token(i + 1).lower()) ? i + 2 : i + 1;
        int state = field < scan.doc.size() && scan.token(field).lower().equals("республики") ? field + 1 : field;
        Place guest = country(scan, state);
        if (!t.isCapitalised() || guest == null || guest.from() != state) {
            return null;
        }
        int to = hostAfter(scan, guest.to(), "в");
        return new Mention(ActorType.EVENT, "Год " + Render.of(scan.doc, i + 1, to), i, to, 2);
    }

    /** The fields a year of a state's may be given to, in the genitive. */
    private static final Set<String> FIELDS = Set.of("культуры", "искусства", "науки", "кино", "туризма", "образования");

    /** "Year of Uzbekistan in Kazakhstan". */
    private static Mention english(Scan scan, int i) {
        if (!scan.token(i).text().equals("Year") || i + 2 >= scan.doc.size() || !scan.token(i + 1).is("of")) {
            return null;
        }
        Place guest = country(scan, i + 2);
        if (guest == null || guest.from() != i + 2) {
            return null;
        }
        int to = hostAfter(scan, guest.to(), "in");
        return new Mention(ActorType.EVENT, Render.of(scan.doc, i, to), i, to, 2);
    }

    /** The end of "in" and a country after {@code at}, else {@code at}. */
    private static int hostAfter(Scan scan, int at, String in) {
        Place host = at + 1 < scan.doc.size() && scan.token(at).lower().equals(in) ? country(scan, at + 1) : null;
        return host != null && host.from() == at + 1 ? host.to() : at;
    }

    private static Place country(Scan scan, int k) {
        Place p = k >= 0 ? scan.place(k) : null;
        return p != null && p.state() ? p : null;
    }
}
