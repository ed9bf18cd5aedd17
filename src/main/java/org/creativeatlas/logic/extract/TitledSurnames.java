package org.creativeatlas.logic.extract;

import java.util.List;
import java.util.Set;
import org.creativeatlas.model.ActorType;

/**
 * English: a capitalised title of office right before one name word and a verb ("Ambassador Klimow emphasized",
 * "Ambassador Klimow encouraged everyone") names its holder by the surname alone, which pairs of name words miss.
 */
final class TitledSurnames {

    /** Titles an English text puts before a holder's bare surname. */
    private static final Set<String> OFFICES = Set.of("ambassador", "president", "minister", "rector", "governor",
            "mayor", "chairman", "professor");

    private TitledSurnames() {
    }

    /**
     * The people named by a title and a surname alone, each named as the full name found before that holds the word
     * ("Ambassador Du" after "Chinese Ambassador Du Dewen"), so a surname too short to be matched joins its person.
     */
    static List<Mention> find(Scan scan, List<Mention> people) {
        return EnglishTokens.find(scan, (sc, s, i) -> {
            Token title = sc.token(i);
            if (!title.isCapitalised() || !OFFICES.contains(title.lower()) || !surnameAlone(sc, i + 1)) {
                return null;
            }
            String word = sc.token(i + 1).text();
            String name = people.stream().filter(p -> p.from < i && List.of(p.name.split(" ")).contains(word))
                    .map(p -> p.name).findFirst().orElse(word);
            Mention m = new Mention(ActorType.PERSON, name, i + 1, i + 2, 2);
            m.roleFrom = i;
            m.roleTo = i + 1;
            return m;
        });
    }

    /** A free name word at k, no place and no possessive, a verb in the past after it ("said", "emphasized"). */
    private static boolean surnameAlone(Scan scan, int k) {
        Token t = scan.token(k);
        Token next = scan.token(k + 1);
        return t.isLatin() && scan.nameLike(k) && !scan.taken(k) && !t.isAbbreviation()
                && !Morph.enPossessive(t.lower()) && next.isWord() && !next.isCapitalised()
                && (next.lower().endsWith("ed") || EnglishChains.SPEECH.contains(next.lower()));
    }
}
