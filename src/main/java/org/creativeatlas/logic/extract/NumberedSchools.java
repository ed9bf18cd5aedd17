package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.creativeatlas.model.ActorType;

/**
 * «СШ №80», «СОШ №86», «УВК ШГ №38»: a school named by the abbreviation of its kind and its number, as Central Asian
 * news lists pupils' schools, or in Kazakh by its number before the word for a school; no head noun claims it.
 */
final class NumberedSchools {

    /** Abbreviations of kinds of schools: secondary, general, specialised, a school-gymnasium complex, music, arts. */
    private static final Set<String> KINDS = Set.of("СШ", "СОШ", "НСШ", "ООШ", "УВК", "ШГ", "ШЛ", "СШГ", "ДМШ",
            "ДШИ", "ДХШ", "ОМ", "ЖОМ", "ОМГ");

    private NumberedSchools() {
    }

    static List<Mention> find(Scan scan) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i + 2 < scan.doc.size(); i++) {
            Mention kazakh = kazakh(scan, i);
            if (kazakh != null) {
                found.add(kazakh);
                scan.take(kazakh);
                continue;
            }
            if (!KINDS.contains(scan.token(i).text()) || scan.taken(i)) {
                continue;
            }
            int k = i + 1 < scan.doc.size() && KINDS.contains(scan.token(i + 1).text()) ? i + 2 : i + 1;
            if (k + 1 < scan.doc.size() && scan.token(k).is("№") && scan.token(k + 1).isNumber()
                    && !scan.anyTaken(i, k + 2)) {
                Mention m = new Mention(ActorType.ORGANISATION, Render.of(scan.doc, i, k + 2), i, k + 2, 3);
                found.add(m);
                scan.take(m);
                i = k + 1;
            }
        }
        return found;
    }

    /**
     * «№270 мектептің оқушысы», «№47 мектеп-лицейдің шәкірті»: a Kazakh school named by its number before the word
     * for it, which loses its case; or null.
     */
    private static Mention kazakh(Scan scan, int i) {
        Token school = scan.token(i + 2);
        if (!scan.token(i).is("№") || !scan.token(i + 1).isNumber() || !school.lower().startsWith(SCHOOL)
                || scan.anyTaken(i, i + 3)) {
            return null;
        }
        String word = school.text();
        String stem = word.substring(0, word.length() - Morph.kkCase(school.lower(), SCHOOL.length()).length());
        return new Mention(ActorType.ORGANISATION, Render.of(scan.doc, i, i + 2) + " " + stem, i, i + 3, 3);
    }

    private static final String SCHOOL = "мектеп";
}
