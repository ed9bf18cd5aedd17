package org.creativeatlas.logic.extract;

import java.util.HashMap;
import java.util.Map;

/** The words of a person's name found in a text as a catalogue writes them: nominative, a surname not in capitals. */
final class PersonNameForms {

    private final Scan scan;

    PersonNameForms(Scan scan) {
        this.scan = scan;
    }

    /**
     * Kazakh case on the last word; Russian instrumental or genitive as the title before the name has it, or genitive
     * after a work's quoted title, whose author it names («Братья» Дархана Тулегенова).
     */
    Map<Integer, String> normalise(int from, int to, Token title) {
        Map<Integer, String> normal = new HashMap<>();
        Lang lang = scan.doc.sentenceAt(from).lang();
        // with no title to say a Russian name's case, only its endings can: instrumental (true), genitive (false) or neither (null)
        Boolean endings = lang == Lang.RU && title == null && to - from > 1 ? unambiguous(from, to) : null;
        Quotes.Quote work = title == null && from > 0 ? scan.doc.quotes.around(from - 1) : null;
        boolean author = work != null && work.close() == from - 1;
        if (lang == Lang.KK) {
            normal.put(to - 1, dedicatedTo(to) ? CaseEndings.kkDative(scan.token(to - 1).text())
                    : CaseEndings.kkSurname(scan.token(to - 1).text()));
        } else if (lang == Lang.RU && to - from > 1 && CaseEndings.ruFeminineOblique(written(to - 1))) {
            // «в сопровождении … артистки Айканыш Текеновой»: a woman's surname says the case whatever the title
            for (int k = from; k < to; k++) {
                if (scan.token(k).isWord() && !scan.token(k).isInitial()) {
                    normal.put(k, CaseEndings.ruFeminine(written(k), k == to - 1));
                }
            }
        } else if (!author && endings != null) {
            // «с … кинорежиссером Кареном Шахназаровым», «балет Сергея Прокофьева»: no title said the case, the
            // endings do: a man's surname in the instrumental, or a first name in «-ея», «-ая» before a genitive one
            for (int k = from; k < to; k++) {
                if (scan.token(k).isWord() && !scan.token(k).isInitial()) {
                    normal.put(k, endings ? CaseEndings.ruInstrumental(written(k), k == to - 1)
                            : CaseEndings.ruGenitive(written(k), k == to - 1));
                }
            }
        } else if (lang == Lang.RU && !author && (title != null ? dative(title) : to - from > 1 && dative(from, to))) {
            // «вручил ректору университета Догдурбеку Чонтоеву орден»: a man's name in the dative
            for (int k = from; k < to; k++) {
                if (scan.token(k).isWord() && !scan.token(k).isInitial()) {
                    normal.put(k, CaseEndings.ruDative(written(k), k == to - 1));
                }
            }
        } else if (lang == Lang.RU && (title != null && !title.isLatin() || author)) {
            boolean instrumental = !author && (title.lower().endsWith("ом") || title.lower().endsWith("ем"));
            // писательница, артистка: a woman's title in the nominative ends like a genitive
            boolean genitive = author || (title.lower().endsWith("а") || title.lower().endsWith("я"))
                    && !Titles.feminineNominative(title);
            for (int k = from; k < to; k++) {
                String w = written(k);
                if (scan.token(k).isWord() && !scan.token(k).isInitial()) {
                    normal.put(k, instrumental ? CaseEndings.ruInstrumental(w, k == to - 1)
                            : genitive ? CaseEndings.ruGenitive(w, k == to - 1) : w);
                }
            }
            // «Мухиддина Музаффара»: after a man's first name in the genitive, a surname not in -ов is one too
            String last = written(to - 1);
            String first = normal.get(from);
            if (genitive && to - from > 1 && first != null && !first.equals(written(from)) && last.equals(normal.get(to - 1))) {
                normal.put(to - 1, CaseEndings.ruGenitive(last, false));
            }
        }
        return normal;
    }

    /** «Ататүрікке арналған ескерткіш»: a Kazakh name before «арналған» ("dedicated to") is in the dative. */
    private boolean dedicatedTo(int to) {
        return to < scan.doc.size() && (scan.token(to).lower().startsWith("арнал")
                || scan.token(to).lower().startsWith("арнап"));
    }

    /** «ректору», «послу», «председателю»: a Russian title in the dative. */
    private static boolean dative(Token title) {
        String lower = title.lower();
        return title.isCyrillic() && lower.length() > 3 && (lower.endsWith("у") || lower.endsWith("ю"))
                && !lower.endsWith("ую") && !lower.endsWith("ью");
    }

    /** «Догдурбеку Чонтоеву» with no title: a first name in «-у» after a consonant before a surname in «-ову». */
    private boolean dative(int from, int to) {
        String first = written(from).toLowerCase(java.util.Locale.ROOT);
        return first.matches(".+([бвгджзклмнпрстфхцчшщ]у|[еи]ю)") && written(to - 1).toLowerCase(java.util.Locale.ROOT)
                .matches(".{2,}(ов|ев|ёв|ин|ын)у");
    }

    /** True for a man's name in the instrumental, false for one in the genitive, null when the endings do not say. */
    private Boolean unambiguous(int from, int to) {
        String first = written(from).toLowerCase(java.util.Locale.ROOT);
        String last = written(to - 1).toLowerCase(java.util.Locale.ROOT);
        if (last.matches(".+(ов|ев|ин|ск|цк)ым|.+(ск|цк)им") && first.matches(".+[ое]м")
                || first.matches(".+(ов|ев|ин)ым") && last.matches(".+вичем")) {
            return true;
        }
        return first.matches(".+[еа]я") && last.matches(".+(ов|ев|ин)а") ? false : null;
    }

    /**
     * A word of a name as a catalogue writes it: a surname in capitals with only its first letter so, and without a
     * word in lower case hyphened on for a dash («доктор Мартин Смит-специальный советник …»; «-заде», «-оглы» stay).
     */
    String written(int k) {
        String w = scan.token(k).text();
        int hyphen = w.indexOf('-');
        if (hyphen > 1 && w.length() - hyphen > 5 && Character.isLowerCase(w.charAt(hyphen + 1))) {
            w = w.substring(0, hyphen);
        }
        return scan.capitalsSurname(k) ? w.charAt(0) + w.substring(1).toLowerCase(java.util.Locale.ROOT) : w;
    }

    /**
     * «ҚР-ның Мәдениет қайраткері», «Қазақстанның Харьковтағы Құрметті консулы»: a Kazakh word in the genitive or the
     * locative opens no one's name of several words; only a name's last word is declined.
     */
    static boolean declinedOpening(Scan scan, int from, int to) {
        return to - from >= 2 && scan.doc.sentenceAt(from).lang() == Lang.KK
                && Morph.kkGenitiveOrLocative(scan.token(from).lower());
    }
}
