package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.creativeatlas.model.ActorType;

/**
 * «Киргизфилармония», «Узбеккино», «Казахфильм», «Қазақконцерт», «Росконцерт»: the state bodies of the region's arts are often named
 * by one word, a nation's stem and the art's, with no head noun of its own beside it. Such a word is a body, its last
 * part put back in the nominative.
 */
final class NationalCompounds {

    private static final Pattern COMPOUND = Pattern.compile(
            "(казах|қазақ|кыргыз|киргиз|қырғыз|узбек|өзбек|таджик|тәжік|туркмен|түрікмен|рос)"
                    + "(фильм|кино|концерт|филармони|театр|цирк|музыка|хореограф)(.*)");
    /** Each art's nominative, and the case endings it may carry in a sentence. */
    private static final Map<String, String> NOMINATIVE = Map.of("филармони", "филармония", "музыка", "музыка");
    private static final Pattern ENDING = Pattern.compile("|а|у|ом|е|я|и|ю|ей|ой|ы|ның|нің|на|не|да|де|ға|ге|нан|нен|і|ін|ын");

    private NationalCompounds() {
    }

    /** The compounds standing alone, but for one a longer name found holds («Киностудия «Кыргызфильм»»). */
    static List<Mention> find(Scan scan, List<Mention> mentions) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < scan.doc.size(); i++) {
            Token t = scan.token(i);
            boolean stem = t.text().length() > 8 && "кқуөтр".indexOf(Character.toLowerCase(t.text().charAt(0))) >= 0;
            Matcher m = stem && t.isCyrillic() && t.isCapitalised() && !scan.taken(i) ? COMPOUND.matcher(t.lower()) : null;
            if (m == null || !m.matches() || !ENDING.matcher(m.group(3)).matches()) {
                continue;
            }
            String art = NOMINATIVE.getOrDefault(m.group(2), m.group(2));
            String name = t.text().substring(0, m.group(1).length()) + art;
            String lower = name.toLowerCase(Locale.ROOT);
            if (mentions.stream().anyMatch(o -> o.to - o.from > 1 && o.name.toLowerCase(Locale.ROOT).contains(lower))) {
                continue;
            }
            Mention mention = new Mention(ActorType.ORGANISATION, name, i, i + 1, 2);
            found.add(mention);
            scan.take(mention);
        }
        return found;
    }
}
