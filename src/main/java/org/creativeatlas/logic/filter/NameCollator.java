package org.creativeatlas.logic.filter;

import java.text.Collator;
import java.text.ParseException;
import java.text.RuleBasedCollator;
import java.util.Comparator;
import java.util.Locale;

/**
 * Sorts names as a reader of Russian and Kazakh expects: Latin, then Cyrillic in alphabet order with the Kazakh
 * letters in their places (а ә б … г ғ … к қ … н ң … о ө … у ұ ү … х һ … ы і), case and quotation marks ignored.
 */
public final class NameCollator {

    private static final String KAZAKH_RULES =
            "& а,А < ә,Ә & г,Г < ғ,Ғ & к,К < қ,Қ & н,Н < ң,Ң & о,О < ө,Ө & у,У < ұ,Ұ < ү,Ү & х,Х < һ,Һ"
                    + " & ы,Ы < і,І";
    /** Quotation marks count for nothing: «Тұран» университеті sorts under Т, ГП "Инфоком" beside ГП Инфоком. */
    private static final String QUOTES_IGNORED = " & '\u0000' = '«' = '»' = '\"' = '“' = '”' = '„'"
            + " = '‘' = '’' = '\u0027'";

    private NameCollator() {
    }

    /** A new comparator (collators are not thread-safe: one per thread or per sort). */
    public static Comparator<String> create() {
        Collator collator = collator();
        return Comparator.nullsLast(collator::compare);
    }

    /** A new collator with these rules, for callers that sort many names through collation keys. */
    public static Collator collator() {
        RuleBasedCollator base = (RuleBasedCollator) Collator.getInstance(Locale.forLanguageTag("ru"));
        try {
            RuleBasedCollator collator = new RuleBasedCollator(base.getRules() + KAZAKH_RULES + QUOTES_IGNORED);
            collator.setStrength(Collator.SECONDARY);
            return collator;
        } catch (ParseException e) {
            throw new IllegalStateException("bad collation rules", e);
        }
    }
}
