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

/**
 * "Mr" after a Kazakh pair of names, a list of bodies after a colon, a short foreign surname's genitive, an initial
 * after a body's name, a nation's adjective before a lower-case head, "US" as a state, a maslikhat as a body, and people who came from a state.
 */
class HonorificsListsAndShortSurnamesTest {

    @Test
    void mrInTheGenitiveAfterTwoNameWordsMakesThemAndThePairBeforeSomeone() {
        List<Candidate> found = run("Түркия Республикасының Алматыдағы Бас консулы Эврен Мүддеосоғлұ Түркиядан келген "
                + "қолөнершілер – Ибрахим Кушлу мен Джумхур Айгүн мырзаның «Анадолы әйнектері, керамикасы және "
                + "өрнектері оның ата-бабаларының Отанында» көрмесін Түркия Республикасының Алматы қаласындағы Бас "
                + "консулдығы мен Қазақстан Республикасы Мемлекеттік Орталық музейі ұйымдастырды.");
        find(found, ActorType.PERSON, "Ибрахим Кушлу");
        find(found, ActorType.PERSON, "Джумхур Айгүн");
    }

    @Test
    void aListOfBodiesAfterAColonTakesNamesANationsAdjectiveOpens() {
        List<Candidate> found = run("To help celebrate this event, the U.S. Embassy in Dushanbe will host an Education "
                + "Fair at the Tajik National University on November 13, 2017 from 2:00 to 5:00 p.m. with a range of "
                + "educational organizations including: American Councils, EducationUSA, Bactria Cultural Center, University of Central Asia, Aga Khan Foundation, "
                + "American Corner Dushanbe, DAAD, UNESCO Chair on water resources management in Central Asia at the "
                + "German-Kazakh University, and the International Association for the Exchange of Students for "
                + "Technical Experience.");
        find(found, ActorType.ORGANISATION, "American Councils");
        assertEquals("TJ", find(found, ActorType.ORGANISATION, "American Corner Dushanbe").country());
        assertFalse(names(found).stream().anyMatch(n -> n.contains("p.m.")), names(found).toString());
    }

    @Test
    void aShortForeignSurnameLosesItsGenitive() {
        List<Candidate> found = run("24 наурыз, онлайн «Халық Газеті» -- Қытай жазушысы Ван Мэннің «Әсем көріністі "
                + "өлке» атты кітабы қазақ тіліне аударылып, жарыққа шықты. Таныстырылым шарасында көрсетілген Ван Мэн "
                + "мырзаның қазақ тіліндегі бейне үндеуі қазақстандық қатысушылардың ыстық ықыласына бөленді.");
        find(found, ActorType.PERSON, "Ван Мэн");
        assertFalse(has(found, ActorType.PERSON, "Ван Мэннің"), names(found).toString());
    }

    @Test
    void anInitialAfterABodysWordsOpensAPersonAndANationsAdjectiveOnlyDescribes() {
        List<Candidate> found = run("On December 9, 2021, a presentation of books was held with the participation of "
                + "the head of the Department of Culture G. Maylibayev, well-known writers and poets, with the support of "
                + "the international organization TURKSOY. The event was attended by the Chairman of the Union of "
                + "Writers of Kazakhstan, Ulukbek Esdauletov, representatives of the Turkic organization, creative "
                + "intelligentsia, and the public.");
        find(found, ActorType.ORGANISATION, "Department of Culture");
        find(found, ActorType.PERSON, "G. Maylibayev");
        assertFalse(names(found).stream().anyMatch(n -> n.contains("Culture G.")), names(found).toString());
        assertFalse(has(found, ActorType.ORGANISATION, "Turkic organization"), names(found).toString());
    }

    @Test
    void anAmbassadorOfTheUsIsTheUnitedStates() {
        List<Candidate> found = run("“International education is an important means of establishing a cultural bridge "
                + "between [our] two countries,” remarked US Ambassador to Tajikistan Elizabeth Millard.");
        assertEquals("US", find(found, ActorType.PERSON, "Elizabeth Millard").country());
    }

    @Test
    void aCitysMaslikhatIsABodyAndSukhumiIsInGeorgia() {
        List<Candidate> found = run("Іс-шараға Қазақстан Жазушылар одағының төрағасы Мереке Құлкенов, Әуезов атындағы "
                + "Әдебиет және өнер институтының директоры Кенжехан Матыжанов, мемлекеттік қоғам қайраткері Нұрлан "
                + "Оразалин, Алматы қаласы мәслихатының депутаттары, ақын-жазушылар және т. б. қатысты.");
        assertEquals("KZ", find(found, ActorType.ORGANISATION, "Алматы қаласы мәслихаты").country());
        List<Candidate> sukhumi = run("Скоро в стенах Сухумского государственного университета при содействии "
                + "посольства РК в Грузии будет обустроен специальный кабинет.");
        assertEquals("GE", find(sukhumi, ActorType.ORGANISATION, "Сухумский государственный университет").country());
    }

    @Test
    void peopleWhoCameFromAStateRightBeforeTheirNamesAreThatStates() {
        List<Candidate> found = run("Түркия Республикасының Алматыдағы Бас консулы Эврен Мүддеосоғлұ Түркиядан келген "
                + "қолөнершілер – Ибрахим Кушлу мен Джумхур Айгүн мырзаның «Анадолы әйнектері, керамикасы және "
                + "өрнектері оның ата-бабаларының Отанында» көрмесін Түркия Республикасының Алматы қаласындағы Бас "
                + "консулдығы мен Қазақстан Республикасы Мемлекеттік Орталық музейі ұйымдастырды.");
        assertEquals("TR", find(found, ActorType.PERSON, "Ибрахим Кушлу").country());
        assertEquals("TR", find(found, ActorType.PERSON, "Джумхур Айгүн").country());
    }
}
