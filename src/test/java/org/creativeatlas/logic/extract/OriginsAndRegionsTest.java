package org.creativeatlas.logic.extract;

import static org.creativeatlas.logic.extract.ExtractorFixture.find;
import static org.creativeatlas.logic.extract.ExtractorFixture.has;
import static org.creativeatlas.logic.extract.ExtractorFixture.names;
import static org.creativeatlas.logic.extract.ExtractorFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

/** Where people came from, a guild, and a region's abbreviation, from published pages. */
class OriginsAndRegionsTest {

    @Test
    void aKazakhStateOrNationsLandInTheAblativeSaysWherePeopleCameFrom() {
        List<Candidate> found = run("Олардың арасында көрші қырғыз елінен Асылбек Маратов пен Болот Назаров келсе, Құлмахан "
                + "Дүйсенов Өзбекстан Республикасынан қатысты.");
        assertEquals("KG", find(found, ActorType.PERSON, "Асылбек Маратов").country());
        assertEquals("KG", find(found, ActorType.PERSON, "Болот Назаров").country());
        assertEquals("UZ", find(found, ActorType.PERSON, "Құлмахан Дүйсенов").country());
    }

    @Test
    void aStateInBracketsAfterANameMayOpenWithAnArticle() {
        List<Candidate> found = run("The rector of Tajik National University, Doctor of Medical Sciences, Professor Khushvakhtzoda "
                + "Ko-biljona Khushvakht made an opening speech at the opening conference ceremony. Vladimir "
                + "Vyacheslavovich Kochin,  the Chairman of the Executive Director of the Russky Mir Foundation, "
                + "Extraordinary and Plenipotentiary Ambassadors of a number of countries, heads of delegations "
                + "of CIS countries,  , Fomicheva Zh.E. (the Russian Federation ), Urazaeva K.B. ( the Republic "
                + "of Kazakhstan),  Sultanova Sh.M ( the Republic of Uzbekistan).");
        assertEquals("KZ", find(found, ActorType.PERSON, "Urazaeva K.B.").country());
        assertEquals("RU", find(found, ActorType.PERSON, "Fomicheva Zh.E.").country());
    }

    @Test
    void aGuildIsABodyNotSomeone() {
        List<Candidate> found = run("А 27 ноября в Лондоне пройдёт презентация книги в центре POSK в рамках вечера, посвящённого 95 "
                + "летию Чингиза Айтматова , книгу будет представлять вице-председатель Евразийской Творческой "
                + "Гильдии Марат Ахмеджанов. Бубуйра Бектенова — писательница, член Национального Союза писателей "
                + "КР, член Евразийской Творческой Гильдии, автор многих исторических книг, обладательница "
                + "почётных грамот и медалей от государства и общественных организаций, участница международных "
                + "фестивалей, проходивших в Брюсселе, Бурабае, Болгарии.");
        find(found, ActorType.ORGANISATION, "Евразийская Творческая Гильдия");
        assertFalse(found.stream().anyMatch(c -> c.type() == ActorType.PERSON && c.name().contains("Гильди")),
                names(found).toString());
    }

    @Test
    void aRegionsAbbreviationIsAPlaceInItsState() {
        List<Candidate> found = run("По приглашению акима СКО Кажимурата Нагманова в фестивале примут участие 13 театральных "
                + "коллективов. Победитель фестиваля получит гран-при акима СКО.");
        assertFalse(has(found, ActorType.ORGANISATION, "СКО"), names(found).toString());
        assertEquals("KZ", find(found, ActorType.PERSON, "Кажимурат Нагманов").country());
    }
}
