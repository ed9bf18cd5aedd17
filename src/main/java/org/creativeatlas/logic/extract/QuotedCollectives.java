package org.creativeatlas.logic.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.creativeatlas.model.ActorType;

/**
 * фольклорная группа «Докмачилар», танцевальные коллективы «Менгли», «Ниязли», "the band 'Ulytau'": a band of
 * performers is a body named by its quoted name after the word for it. One named in the singular keeps the adjectives
 * that say its kind (этно-фольклорная группа «Тұран»), put in the nominative when it stands in another case
 * («выставка работ международной творческой группы «Суйунчу»»).
 */
final class QuotedCollectives {

    /** Words for a band of performers before its quoted name, in any number, to the word a name of one is called by. */
    private static final Map<String, String> COLLECTIVES = Map.of("группа", "группа", "группы",
            "группа", "коллектив", "коллектив", "коллективы", "коллектив", "хор", "хор", "хоры", "хор", "ансамбли",
            "ансамбль", "team", "team", "band", "band");
    /** Adjective endings of the singular's oblique cases: the collective they stand before is one. */
    private static final Set<String> SINGULAR_OBLIQUE = Set.of("ой", "ого", "ому", "ым", "ей", "его", "ему", "им");

    private QuotedCollectives() {
    }

    /** Whether the word calls a band of performers («группы», «коллектив», "team"), whose quoted name follows it. */
    static boolean is(Token t) {
        return COLLECTIVES.containsKey(t.lower());
    }

    /** The word one band of the kind is called by («группа» for «группы»), or null if the word calls none. */
    static String word(Token t) {
        return COLLECTIVES.get(t.lower());
    }

    static String word(String text) {
        return COLLECTIVES.get(text.toLowerCase(Locale.ROOT));
    }

    /** The band named by the quote q, the word for it at {@code before} (or none before it, -1). */
    static Mention named(Scan scan, int before, Quotes.Quote q, String collective) {
        Document doc = scan.doc;
        boolean nominative = before >= 0 && doc.token(before).lower().equals(collective);
        int kind = before >= 0 ? RussianKindWords.from(scan, before) : before;
        if (!nominative) {
            // only adjectives of the singular's oblique cases, and none of a town («петербургской группы» says where)
            int k = before;
            while (k > kind && scan.place(k - 1) == null
                    && SINGULAR_OBLIQUE.contains(String.valueOf(Morph.ruAdjectiveEnding(doc.token(k - 1).lower())))) {
                k--;
            }
            kind = k;
        }
        String words = kind < before && nominative ? Render.of(doc, kind, before + 1)
                : kind < before ? Render.of(doc, kind, before, nominative(doc, kind, before, collective)) + " " + collective
                        : collective;
        String name = Render.capitalised(words) + " " + Render.of(doc, q.open(), q.close() + 1);
        return new Mention(ActorType.ORGANISATION, name, q.open(), q.close() + 1, 4);
    }

    private static Map<Integer, String> nominative(Document doc, int from, int to, String collective) {
        Map<Integer, String> words = new HashMap<>();
        char gender = collective.endsWith("а") ? 'f' : 'm';
        for (int i = from; i < to; i++) {
            words.put(i, CaseEndings.ruAdjective(doc.token(i).text(), gender, false));
        }
        return words;
    }
}
