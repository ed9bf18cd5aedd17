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

/** Universities by acronym, branches, boards, lists of examples and towns abroad, in sentences as published. */
class BodiesAcrossLanguagesTest {

    private static final String OMSK = "В Омске появится филиал Казахстанского национального университета им. "
            + "аль-Фараби. Соответствующее соглашение было подписано сегодня, 31 мая, для его заключения в Омск приехали "
            + "замминистра науки и высшего образования РФ Константин Могилевский и ректор КазНУ им. аль-Фараби Жансеит "
            + "Туймебаев.\nЭтот филиал станет первым филиалом казахстанского университета в России. Отмечается, что он "
            + "откроется на базе ОмГУ им. Ф. М. Достоевского.";

    @Test
    void aBranchsUniversityItsAcronymAndItsRectorAreKazakhstans() {
        List<Candidate> found = run(OMSK);
        String kaznu = "Казахстанский национальный университет им. аль-Фараби";
        assertEquals("KZ", find(found, ActorType.ORGANISATION, kaznu).country());
        Candidate rector = find(found, ActorType.PERSON, "Жансеит Туймебаев");
        assertEquals(kaznu, rector.affiliation());
        assertEquals("KZ", rector.country());
        assertEquals("Министерство науки и высшего образования РФ",
                find(found, ActorType.PERSON, "Константин Могилевский").affiliation());
    }

    @Test
    void aUniversityNamedAfterSomeoneIsOneBodyAndTheyNoPerson() {
        List<Candidate> found = run(OMSK);
        find(found, ActorType.ORGANISATION, "ОмГУ им. Ф. М. Достоевского");
        assertFalse(found.stream().anyMatch(c -> c.type() == ActorType.PERSON && c.name().contains("Достоевск")),
                names(found).toString());
    }

    @Test
    void aKazakhUniversitysAcronymIsItsLongNameAndItsBoardPartOfTheTitle() {
        List<Candidate> found = run("Бұл орталық Қытай мен Орталық Азия елдері арасындағы ғылыми, білім беру және мәдени "
                + "ынтымақтастықты дамытуға арналған жаңа алаң болмақ. Әл-Фараби атындағы Қазақ ұлттық университетінде "
                + "орталық ашылды. Ашылу рәсімін Әл-Фараби атындағы ҚазҰУ Басқарма төрағасы – ректоры Жансейіт Түймебаев "
                + "ашып, орталықтың академиялық алмасуларды кеңейтетінін айтты.");
        assertEquals("Әл-Фараби атындағы Қазақ ұлттық университеті",
                find(found, ActorType.PERSON, "Жансейіт Түймебаев").affiliation());
        assertFalse(found.stream().anyMatch(c -> c.name().contains("Басқарма")), names(found).toString());
    }

    @Test
    void aCommissionForTwoBodiesIsOneKazakhName() {
        List<Candidate> found = run("Жиынға ҚР Мәдениет және ақпарат вице-министрі Айбек Сыдықов, ЮНЕСКО және ИСЕСКО "
                + "істері жөніндегі ҚР Ұлттық комиссиясының өкілдері, материалдық емес мұраны қорғау жөніндегі Ұлттық "
                + "комитет мүшелері, орталық және жергілікті мемлекеттік органдардың өкілдері, сондай-ақ ғалымдар "
                + "қатысты.");
        find(found, ActorType.ORGANISATION, "ЮНЕСКО және ИСЕСКО істері жөніндегі ҚР Ұлттық комиссиясы");
        assertFalse(has(found, ActorType.ORGANISATION, "ИСЕСКО"), names(found).toString());
    }

    @Test
    void theNamesListedAfterAKindSuchAsAreBodiesOfThatKind() {
        List<Candidate> found = run("According to the Ministry of Culture of Tajikistan, Tajik music groups such as "
                + "Avesto, Sadoi Poytakht, Nozhan, Navoi Darvoz, Barodaron and the Izzat Sharifi Group will participate "
                + "in the concert.");
        for (String band : List.of("Avesto", "Sadoi Poytakht", "Nozhan", "Navoi Darvoz", "Barodaron")) {
            assertEquals("TJ", find(found, ActorType.ORGANISATION, band).country());
        }
    }

    @Test
    void aTownTheTextPutsInAStateAbroadPlacesItsBodyAndAHeadNounBeforeATitleItsStaff() {
        List<Candidate> found = run("The Abdylas Maldybaev Kyrgyz National Academic Opera and Ballet Theater and the "
                + "Estrada Multimedia Center in Prilep, North Macedonia, signed a Memorandum of Cooperation. The "
                + "Ministry of Culture reported.\n\nAccording to the ministry, the document was signed by theater "
                + "director Muratbek Begaliev and center director Marjan Kataroski.\n\nThe memorandum will facilitate "
                + "the expansion of international creative ties, the promotion of Kyrgyz opera and ballet in the global "
                + "cultural space, and the strengthening of cultural diplomacy.");
        Candidate director = find(found, ActorType.PERSON, "Marjan Kataroski");
        assertEquals("MK", director.country());
        assertEquals("Abdylas Maldybaev Kyrgyz National Academic Opera and Ballet Theater",
                find(found, ActorType.PERSON, "Muratbek Begaliev").affiliation());
        assertEquals("Estrada Multimedia Center in Prilep", director.affiliation());
        assertEquals("MK", find(found, ActorType.ORGANISATION, "Estrada Multimedia Center in Prilep").country());
    }

    @Test
    void anAbbreviationAloneBeforeAndIsAnotherBody() {
        List<Candidate> found = run("These events were held at VGSPU and Volgograd State Technical University (VGTU).");
        find(found, ActorType.ORGANISATION, "VGSPU");
        assertFalse(found.stream().anyMatch(c -> c.name().startsWith("VGSPU and")), names(found).toString());
    }
}
