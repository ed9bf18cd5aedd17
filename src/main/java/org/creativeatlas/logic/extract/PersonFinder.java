package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.creativeatlas.model.ActorType;

/**
 * People: names with initials (Г.К. Шалабаева, Yekaterinskaya A.A.), names after a role (директоры Қанышай
 * Мамытова, Deputy Prime Minister of … Yeraly Tugzhanov), names before one ("Anastasiya Goncharova, an independent
 * researcher"), after a verb of saying or before "from" a country, and pairs of capitalised words one of which
 * ends like a surname.
 */
final class PersonFinder {

    private static final Set<String> SPEECH = Set.of("said", "noted", "emphasized", "emphasised", "stressed", "added",
            "explained", "сказал", "сказала", "отметил", "отметила", "подчеркнул", "подчеркнула", "деді");

    private final Scan scan;
    private final TitleComplements complements;
    private final RoleStart roles;
    private final PersonNameForms forms;
    private final KazakhRoleClosings closings;
    private final ApposedRoles appositions;
    private final List<Mention> found = new ArrayList<>();
    /** The people found, by the token their name starts at. */
    private final Map<Integer, Mention> byStart = new HashMap<>();

    private PersonFinder(Scan scan) {
        this.scan = scan;
        this.complements = new TitleComplements(scan);
        this.roles = new RoleStart(scan, complements);
        this.forms = new PersonNameForms(scan);
        this.closings = new KazakhRoleClosings(scan, complements, roles);
        this.appositions = new ApposedRoles(scan, closings, byStart);
    }

    static List<Mention> find(Scan scan) {
        PersonFinder f = new PersonFinder(scan);
        for (int i = 0; i < scan.doc.size(); i++) {
            f.initials(i);
        }
        for (int i = 0; i < scan.doc.size(); i++) {
            f.titled(i);
        }
        for (int i = 0; i + 1 < scan.doc.size(); i++) {
            f.byShape(i);
        }
        for (Mention m : List.copyOf(f.found)) {
            for (int pair : KazakhJoinedPeople.around(scan, m)) {
                f.add(pair, pair + 2, 2, f.forms.normalise(pair, pair + 2, null));
            }
        }
        return f.found;
    }

    /** Tokens X . (X one or two letters, capital) repeated from i; the index after the last full stop, or i. */
    private int initialsEnd(int i) {
        int j = i;
        // "Decree No. 159": a number after the full stop makes it an abbreviation of a word, not an initial
        while (j + 1 < scan.doc.size() && scan.token(j).isInitial() && scan.token(j + 1).is(".")
                && !(j + 2 < scan.doc.size() && scan.token(j + 2).isNumber())) {
            j += 2;
        }
        return j;
    }

    private void initials(int i) {
        if (scan.taken(i) || Eponyms.honoured(scan, i)) {
            return;
        }
        int name = EnglishTitleWords.afterAddress(scan, i);
        if (name > 0) {
            // "Prof. YAO Tandong": a Chinese surname in capitals opens the name
            int j = name + 1 < scan.doc.size() && chineseCapitals(name) && scan.nameLike(name + 1) ? name + 1 : name;
            while (j < scan.doc.size() && j - name < 3 && scan.nameLike(j) && !scan.taken(j)) {
                j++;
            }
            if (j - name >= 2) { // "Ms. Rebeca Grynspan", "Dr. Endrit Kromidha": the name without the honorific
                Mention m = add(name, j, 4, Map.of());
                int title = m == null ? -1 : EnglishRoles.titleBefore(scan, i);
                if (title >= 0) { // "Deputy Minister of Culture … of the Republic of Turkey Mr. Ahmet Haluk Dursun"
                    m.roleFrom = roles.start(title);
                    m.roleTo = i;
                }
                return;
            }
        }
        int surname = ProfessorSurnames.at(scan, i);
        if (surname > 0) {
            // the surname alone, weaker than the full name written elsewhere; the title is its role
            Mention m = add(surname, surname + 1, 1, Map.of());
            if (m != null) {
                m.roleFrom = i;
                m.roleTo = surname;
            }
            return;
        }
        int e = initialsEnd(i);
        if (e > i && e < scan.doc.size() && scan.nameLike(e) && !scan.taken(e)) {
            // "… International Relations Dr. Zh.M. Tolen", "Mr. K. Daimel": the name opens with the honorific, the
            // title stands before it
            boolean honorific = name > 0 && e > name;
            boolean first = !honorific && EnglishPersonRuns.firstNameBefore(scan, i);
            int start = first ? i - 1 : i;
            int lead = honorific ? i : start >= 2 && EnglishTitleWords.afterAddress(scan, start - 2) == start ? start - 2
                    : start;
            Mention m = add(start, e + 1, 4, first ? Map.of() : forms.normalise(start, e + 1, titleBefore(start)));
            int title = m == null ? -1 : complements.titleReaching(lead);
            // "the Minister of Culture of Ukraine R. Karandeev": an English title's capitalised chain before initials
            title = title < 0 && m != null && scan.token(start).isLatin() ? EnglishRoles.titleOrSetOff(scan, lead) : title;
            // "Edward A. Barzov, vice president of …" opening a line; not one in a list of titles and names
            boolean opens = lead == scan.doc.sentenceAt(lead).from() || OPENING.contains(scan.token(lead - 1).text());
            int own = m != null && title < 0 && opens ? appositions.near(e + 1) : -1;
            if (title >= 0) {
                m.roleFrom = roles.start(title);
                m.roleTo = lead;
            } else if (own > 0) { // "Edward A. Barzov, vice president of the … Foundation"
                m.roleFrom = e + 2;
                m.roleTo = own;
            }
            return;
        }
        int after = i + 1 < scan.doc.size() ? initialsEnd(i + 1) : i + 1;
        if (scan.nameLike(i) && after > i + 1 && !(after < scan.doc.size() && scan.nameLike(after))) {
            add(i, after, 4, Map.of());
        }
    }

    private void titled(int i) {
        Token title = scan.token(i);
        // «еңбек сіңірген қайраткерлері Ерлан Рысқали, …»: a Kazakh title in the plural heads a list of people
        if (!Titles.is(title) && !Titles.kazakhPlural(title)) {
            return;
        }
        int end = scan.doc.sentenceAt(i).to();
        if (!title.isLatin()) {
            cyrillicTitled(i, end, title);
            return;
        }
        int j = EnglishTitleWords.glossEnd(scan, i + 1, end);
        while (j < end && (scan.taken(j) || scan.token(j).isCapitalised() && scan.token(j).isWord()
                || EnglishRoles.ROLE_LINKS.contains(scan.token(j).lower()) || EnglishTitleWords.sentTo(scan, j, end)
                || EnglishRoles.placeKind(scan, j) || EnglishTitleWords.fieldList(scan, j, end)
                || ParticleNames.joins(scan, j, end)) && !closesName(j)) {
            j++;
        }
        if (nameRightAfter(i, end)) {
            j = i + 3;
        }
        int k = j;
        while (k - 1 > i && scan.nameLike(k - 1) && !scan.taken(k - 1) && j - k < 3) {
            k--;
        }
        if (j - k == 3 && !hasPatronymic(k, j) && !Surnames.korean(scan.token(k).lower())) {
            k++;
        }
        k = j > k ? ParticleNames.opening(scan, k, i) : k;
        // "Minister of Economy and Trade Development;": capitalised words right after "and" or "of" close the role's
        // fields; a name would stand after them
        boolean field = scan.token(k - 1).is("and") || scan.token(k - 1).is("of") || scan.token(k - 1).is("&");
        if (j - k >= 2 && !EnglishRoles.afterArticle(scan, k) && !field) {
            Mention m = add(k, j, 4, forms.normalise(k, j, title));
            if (m != null) {
                m.roleFrom = roles.start(i);
                m.roleTo = trimRun(k);
            }
        } else if (!afterOfPhrase(i, end)) {
            afterComma(i, end);
        }
    }

    /** "laureates of the republican and international contests Dinislambek Zhailaubay, …": see {@link EnglishRoles}. */
    private boolean afterOfPhrase(int title, int end) {
        int k = EnglishRoles.nameAfterOfPhrase(scan, title, end);
        Mention m = k > 0 ? add(k, k + 2, 4, Map.of()) : null;
        if (m != null) {
            m.roleFrom = roles.start(title);
            m.roleTo = k;
        }
        return m != null;
    }

    /** "UNDP Resident Representative in Kazakhstan, Katarzyna Wawiernia, …", "a UK trainer, Kate Wyatt who …". */
    private void afterComma(int title, int end) {
        int c = title + 1;
        // "by the Minister of Education and Science of the Kyrgyz Republic, Dogdurkul Kenderbaeva, …": a title's chain
        // of capitalised words may run farther than a described title, unless it is set off after someone's name
        // ("Botirjon Asadov, Ambassador … to the Russian Federation, Olga Yarilova, Deputy Minister …")
        int before = title > 0 && scan.token(title - 1).lower().equals("the") ? title - 2 : title - 1;
        int reach = before >= 0 && scan.token(before).is(",") ? 6 : LONG_TITLE;
        while (c < end && (c - title <= 6 || c - title <= reach && EnglishTitleWords.chainWord(scan.token(c)))
                && scan.token(c).isLatin() && !scan.token(c).is(",")) {
            c++;
        }
        int n = c < end && scan.token(c).is(",") ? EnglishTitleWords.honorificEnd(scan, c + 1, end) : c + 1;
        // "Chairman of the Yangcheon Culture Foundation, Chun Dong Hee, praised …": a third name word set off by a comma
        // after a title of a body ("Best Actress, Special Jury Prize," lists categories)
        int to = n + 3 < end && c - title > 2 && scan.nameLike(n + 2) && scan.token(n + 3).is(",") ? n + 3 : n + 2;
        if (n + 1 >= end || !scan.token(c).is(",") || !scan.nameLike(n) || !scan.nameLike(n + 1)
                || !scan.token(n).isLatin() || to < end && scan.token(to).isWord()
                && scan.token(to).isCapitalised()) {
            return;
        }
        Mention m = add(n, to, 4, Map.of());
        // "Gani Maylybayev, Head of the … Department, Kassymkhan Begmanov, Deputy Chairman of …": a title set off after
        // a name is that person's; the name after it has its own title after it
        boolean setOff = before >= 2 && scan.token(before).is(",") && scan.nameLike(before - 1)
                && scan.nameLike(before - 2) && !scan.taken(before - 1);
        int own = setOff && m != null ? appositions.end(to) : -1;
        if (m != null && !setOff) {
            m.roleFrom = roles.start(title);
            m.roleTo = c;
        } else if (own > 0) {
            m.roleFrom = to + 1;
            m.roleTo = own;
        }
    }

    private static final List<String> ENVOY_RANKS = List.of("чрезвычайн", "полномочн", "extraordinary",
            "plenipotentiary");
    /** «Чрезвычайного», "Plenipotentiary": an envoy's rank, capitalised as names are, which opens a title. */
    static boolean envoyRank(Token t) {
        return ENVOY_RANKS.stream().anyMatch(t.lower()::startsWith);
    }

    private static final Set<String> RU_ADDRESS = Set.of("г-н", "г-жа", "господин", "госпожа");

    /** What may stand right before a name a role set off after it is read for. */
    private static final Set<String> OPENING = Set.of(",", "–", "—", "-", ":", ";", "(");

    /** The most words a title runs to. */
    static final int LONG_TITLE = 12;

    /** "the Danish director Lars Holm of …": two name words right after the title, then no more capitals. */
    private boolean nameRightAfter(int i, int end) {
        if (i + 2 >= end || !scan.nameLike(i + 1) || !scan.nameLike(i + 2) || scan.anyTaken(i + 1, i + 3)) {
            return false;
        }
        Token next = i + 3 < end ? scan.token(i + 3) : null;
        return next == null || !(next.isWord() && next.isCapitalised());
    }

    /** Russian and Kazakh put the name right after the title (abbreviations between): up to three words. */
    private void cyrillicTitled(int i, int end, Token title) {
        int k = i + 1;
        int commas = 0; // each field a comma adds lets the title reach two words farther
        // in Russian a body already named after the title counts as one word («руководитель Российского центра …»)
        boolean russian = scan.doc.sentenceAt(i).lang() == Lang.RU;
        int named = 0;
        while (k < end && k - i - named <= 6 + 2 * commas && !RU_ADDRESS.contains(scan.token(k).lower())
                && !(scan.nameLike(k) && !scan.taken(k) && k + 1 < end && scan.nameLike(k + 1))) {
            int eponym = russian ? new RussianTail(scan, k, end).namedAfterEnd() : k;
            if (eponym > k) { // «ректора ЧГУ им. И.Н. Ульянова Андрея Александрова»: whom the body is named after
                named += eponym - k;
                k = eponym;
                continue;
            }
            if (complements.fieldComma(k, end)) {
                commas++;
            } else if (complements.placeBracket(k) || complements.townMark(k)) {
                named++; // «Консул … (г. Астрахань) Гадам Иламанов»: the town in brackets adds no word to the title
            } else if (!complements.complement(k)) {
                break;
            }
            named += russian && k > i + 1 && scan.taken(k) && scan.taken(k - 1) ? 1 : 0;
            k++;
        }
        int role = k;
        if (k + 2 < end && RU_ADDRESS.contains(scan.token(k).lower()) && scan.nameLike(k + 1)) {
            k++; // «Генеральный консул Республики Корея в г.Алматы г-н Пак Нэчхон»: "Mr" between the title and the name
        } else if (k + 2 < end && scan.token(k).isDash() && scan.nameLike(k + 1) && scan.nameLike(k + 2)) {
            k++; // «Түркменстан елшісі – Батыр Реджепов»: a dash between the role and the name
        } else if (k + 3 < end && scan.token(k).is(",") && scan.nameLike(k + 1) && scan.nameLike(k + 2)
                && RoleStart.honorific(scan.token(k + 3))) {
            k++; // «… басшысының орынбасары, Томохиро Катана мырза»: "Mr" after the name makes the comma the role's end
        }
        int j = k;
        // «… елшісі Қайрат Нұрпейісов Жогорку Кенеш депутаттары»: a parliament's own name is no one's
        while (j < end && j - k < 4 && scan.nameLike(j) && !scan.taken(j) && Legislatures.end(scan.doc, j) < 0) {
            j++;
        }
        k = PlaceFirstNames.before(scan, k, j) ? k - 1 : k;
        if (j - k >= 3 && kazakhFirstTwo(k, j)) {
            j = k + 2; // «… елшісі Кәрім Көкірекбаев Шәкәрім Құдайбердіұлының …»: the title's man, then whose work
        } else if (j - k == 4 || j - k == 3 && scan.capitalsSurname(j - 1)) {
            // «в Центральной Азии Жанна Ахметова», «супруга Мамбетова Хорлан КАЛИЛАМБЕКОВА»: the name ends the run
            k = j - k == 4 && hasPatronymic(j - 3, j) ? j - 3 : j - 2;
        }
        int last = lastTitle(i, k);
        if (j - k >= 2) {
            Mention m = add(k, j, 4, forms.normalise(k, j, complements.actingNominative(last) ? null : scan.token(last)));
            if (m != null) {
                m.roleFrom = stopwordBetween(i, last) ? last : roles.start(i);
                m.roleTo = Math.min(k, role);
            }
        }
    }

    /**
     * Whether a Kazakh run of name words after a title holds the title's person in its first two: a run of four that
     * ends in a case ending, the object of what they did, or a run in no case whose second word is a surname and
     * first is not («Елшісі Абзал Сапарбекұлы Коңыр Иштван Мандокидың мұрасы»).
     */
    private boolean kazakhFirstTwo(int k, int j) {
        if (scan.doc.sentenceAt(j - 1).lang() != Lang.KK) {
            return false;
        }
        String kase = Morph.kkCase(scan.token(j - 1).lower(), 4);
        return j - k == 4 && kase.length() >= 2 && !Morph.kkCase(scan.token(j - 3).lower(), 4).equals(kase)
                || Surnames.looksLike(scan.token(k + 1).lower()) && !Surnames.looksLike(scan.token(k).lower())
                && kase.length() < 2;
    }

    /** «Образ Родины — глазами художника»: words inside a short quoted title, which holds more than them, are no one. */
    private boolean inTitle(int from, int to) {
        Quotes.Quote q = scan.doc.quotes.around(from);
        return q != null && q.close() - q.open() <= TITLE_WORDS && (q.open() + 1 < from || to < q.close());
    }

    private static final int TITLE_WORDS = 9;
    private static final Set<String> TITLES_JOINED = Set.of("и", "and", "және");

    /** A function word between two titles, but for the "and" that joins them («артистки РФ и председательницы»). */
    private boolean stopwordBetween(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            boolean joinsTitles = TITLES_JOINED.contains(scan.token(k).lower()) && Titles.is(scan.token(k + 1));
            if (Scan.isStopword(scan.token(k)) && !joinsTitles) {
                return true;
            }
        }
        return false;
    }

    /** «во главе с проректором … Фаррухом Шариповым»: the title nearest the name gives its case and starts the role. */
    private int lastTitle(int i, int k) {
        for (int t = k - 1; t > i; t--) {
            // «председателя Союза художников Кыргызстана»: a title inside a body's name is no one's role
            if (Titles.is(scan.token(t)) && !scan.token(t).isAbbreviation() && !scan.taken(t)
                    && !complements.inBodyName(t)) {
                // «заместитель председателя … Рахматулла»: a title in the genitive of the one before it takes that
                // one's case
                while (t - 1 >= i && Titles.is(scan.token(t - 1)) && !scan.token(t - 1).isAbbreviation()) {
                    t--;
                }
                return t;
            }
        }
        return i;
    }

    /** "… of Uzbekistan Ozodbek Nazarbekov and the Ambassador …": a person's name before "and" ends the run. */
    private boolean closesName(int j) {
        if (j < 2 || !scan.token(j).lower().equals("and") || !scan.nameLike(j - 1) || !scan.nameLike(j - 2)) {
            return false;
        }
        Place before = scan.place(j - 3);
        return before != null && before.country() != null || Surnames.looksLike(scan.token(j - 1).lower())
                || Surnames.looksLike(scan.token(j - 2).lower());
    }

    private void byShape(int i) {
        if (scan.taken(i) || scan.taken(i + 1) || !scan.nameLike(i) || !scan.nameLike(i + 1)
                || scan.token(i).isLatin() != scan.token(i + 1).isLatin() || EnglishRoles.afterArticle(scan, i)
                || scan.doc.sentenceAt(i) != scan.doc.sentenceAt(i + 1)
                || envoyRank(scan.token(i + 1))) {
            return; // «Встреча Чрезвычайного и Полномочного Посла …»: an envoy's rank, capitalised, opens a title
        }
        if (i + 2 < scan.doc.size() && ("\"»”".contains(scan.token(i + 2).text()) && scan.doc.quotes.around(i + 2) == null
                || scan.capitalsSurname(i + 2))) {
            return; // «супруга Мамбетова Хорлан КАЛИЛАМБЕКОВА»: the surname in capitals closes the name of the next two
        }
        if (scan.token(i).isLatin() && i >= 2 && scan.token(i - 1).is("and") && scan.token(i - 2).isCapitalised()
                && i + 2 < scan.doc.size() && scan.nameLike(i + 2) && scan.token(i + 2).isLatin()) {
            return; // "Director for International Relations and Commerce Tahmina Safarzoza": the title's last field
        }
        if (scan.addressed(i)) {
            return; // «Особый интерес Армана Адильхановича вызвали …»: someone named in full before, addressed politely
        }
        // a Kazakh surname in a case («Тоқаевқа»); in Russian «в Новой Третьяковке» is a place's case, no surname
        String last = (scan.doc.sentenceAt(i).lang() == Lang.KK ? CaseEndings.kkSurname(scan.token(i + 1).text())
                : scan.token(i + 1).text()).toLowerCase(java.util.Locale.ROOT);
        // "suggested that Kim Doksun serve as a speaker": a Korean surname opens the name, before a word of no head
        boolean korean = scan.token(i).isLatin() && Surnames.koreanOpening(scan.token(i).lower())
                && Heads.of(scan.token(i + 1), Lang.EN) == null;
        boolean surname = Surnames.looksLike(scan.token(i).lower()) || Surnames.looksLike(last) || korean;
        boolean spoken = i > 0 && SPEECH.contains(scan.token(i - 1).lower())
                || i + 2 < scan.doc.size() && SPEECH.contains(scan.token(i + 2).lower());
        boolean particle = i + 2 < scan.doc.size() && Surnames.isParticle(scan.token(i + 2).lower());
        // "jury members include … Daniel Zust from Switzerland": two name words coming from a country are someone
        // «Джумхур Айгүн мырзаның»: "Mr" in any case after two name words says they are someone's
        boolean from = scan.token(i).isLatin() && FromPlaces.after(scan, i + 2) != null
                || scan.token(i).isCyrillic() && (BracketedPlaces.after(scan, i + 2) != null
                || i + 2 < scan.doc.size() && RoleStart.honorificInAnyCase(scan.token(i + 2)));
        // «с участием Президента …, Жээнбековым Сооронбаем Шариповичем»: a patronymic in any case closes a full name
        boolean patronymic = i + 2 < scan.doc.size() && scan.nameLike(i + 2) && scan.token(i + 2).isCyrillic()
                && Surnames.patronymicForm(scan.token(i + 2).lower())
                && scan.doc.sentenceAt(i + 2) == scan.doc.sentenceAt(i);
        int role = appositions.end(particle ? i + 3 : i + 2);
        if (surname || spoken || from || role > 0 || particle || patronymic || bracketedBody(i + 2)) {
            int end = particle ? i + 3
                    : patronymic || i + 2 < scan.doc.size() && scan.nameLike(i + 2) && hasPatronymic(i, i + 3)
                    && scan.doc.sentenceAt(i + 2) == scan.doc.sentenceAt(i) ? i + 3 : i + 2;
            Mention m = add(i, end, role > 0 ? 4 : 2, forms.normalise(i, end, null));
            if (m != null && role > 0) {
                m.roleFrom = end + 1;
                m.roleTo = role;
            }
        }
    }

    /**
     * «Халид Акарча (Қазақ тілі және Түркология кафедрасы)»: a bracket that opens with a body another rule found,
     * right after two name words, gives where someone works.
     */
    private boolean bracketedBody(int open) {
        return open + 1 < scan.doc.size() && scan.token(open).is("(") && scan.taken(open + 1)
                && scan.doc.sentenceAt(open + 1) == scan.doc.sentenceAt(open);
    }

    /** A Latin word of two to five capitals that is no known place or body: "YAO", "ZHANG". */
    private boolean chineseCapitals(int i) {
        Token t = scan.token(i);
        return t.isLatin() && t.isAbbreviation() && t.text().length() >= 2 && t.text().length() <= 5 && !scan.taken(i)
                && scan.place(i) == null && !KnownAcronyms.is(t);
    }

    private boolean hasPatronymic(int from, int to) {
        for (int k = from; k < to; k++) {
            if (Surnames.isPatronymic(scan.token(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private int trimRun(int k) {
        while (k > 0 && EnglishRoles.ROLE_LINKS.contains(scan.token(k - 1).lower())) {
            k--;
        }
        return k;
    }

    /** A title at most three words before a name (abbreviations between: «Президента КР С.Н. Жапарова»), or null. */
    private Token titleBefore(int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            if (Titles.is(scan.token(k))) {
                return scan.token(k);
            }
            if (!scan.token(k).isAbbreviation()) {
                return null;
            }
        }
        return null;
    }

    private Mention add(int from, int to, int priority, Map<Integer, String> normal) {
        int[] span = ParticleNames.widened(scan, from, to);
        from = span[0];
        to = span[1];
        if (scan.anyTaken(from, to) || KazakhNamedAfter.follows(scan, to) || inTitle(from, to)
                || EnglishRoles.degreeField(scan, from) || EnglishRoles.workTitle(scan, from)
                || PersonNameForms.declinedOpening(scan, from, to) || HeadlineVerbs.closes(scan, to)) {
            return null;
        }
        normal = new HashMap<>(normal);
        for (int k = from; k < to; k++) {
            normal.putIfAbsent(k, forms.written(k));
        }
        Mention m = new Mention(ActorType.PERSON, Render.of(scan.doc, from, to, normal), from, to, priority);
        found.add(m);
        byStart.put(from, m);
        scan.take(m);
        return m;
    }
}
