package org.creativeatlas.logic.extract;

import java.util.List;
import java.util.Set;
import org.creativeatlas.model.ActorType;

/**
 * «Роль Ходжа Насриддина играют …», "in the role of Carmen", «Қожанасыр рөлін сомдады»: the one whose role is played
 * is a character of a work, not a person of the text.
 */
final class Characters {

    /** The Russian word for a role, in its cases, before the character it is of. */
    private static final Set<String> RU_ROLE = Set.of("роль", "роли", "ролью", "ролей");
    /** The Kazakh word for a role, with its endings, after the character it is of. */
    private static final Set<String> KK_ROLE = Set.of("рөлін", "рөлі", "рөлінде", "рөлде", "рөлдерін");

    private Characters() {
    }

    /** The mentions less the people named as a role. */
    static List<Mention> drop(Scan scan, List<Mention> mentions) {
        return mentions.stream().filter(m -> m.type != ActorType.PERSON || !character(scan, m)).toList();
    }

    private static boolean character(Scan scan, Mention m) {
        String before = m.from > 0 ? scan.token(m.from - 1).lower() : "";
        String after = m.to < scan.doc.size() ? scan.token(m.to).lower() : "";
        // "the role of Carmen", "the role of the Khan"
        int of = m.from > 0 && before.equals("the") ? m.from - 2 : m.from - 1;
        boolean english = of >= 1 && scan.token(of).lower().equals("of") && scan.token(of - 1).lower().equals("role");
        return RU_ROLE.contains(before) || KK_ROLE.contains(after) || english;
    }
}
