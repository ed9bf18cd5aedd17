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
 * A nation's adjective opening a sentence, a full Russian name in the instrumental, a contestant's region in brackets,
 * a compound title, a nation in the genitive before a two-word Kazakh title, and a city before a body in lower case.
 */
class OpeningNationsAndFullNamesTest {

    @Test
    void aNationsAdjectiveOpeningASentenceNamesTheBodyItHeads() {
        List<Candidate> found = run("Казахский национальный драмтеатр посетит Бишкек с гастролями. С 4 по 7 декабря "
                + "артисты покажут 4 спектакля на сцене Кыргызского драмтеатра.");
        assertEquals("KZ", find(found, ActorType.ORGANISATION, "Казахский национальный драмтеатр").country());
        assertFalse(has(found, ActorType.ORGANISATION, "Казахский драмтеатр"), names(found).toString());
    }

    @Test
    void aFullNameInTheInstrumentalSetOffAfterATitleIsSomeone() {
        List<Candidate> found = run("Данное культурное мероприятие прошло с участием Президента Кыргызской Республики, "
                + "Жээнбековым Сооронбаем Шариповичем, других официальных лиц Кыргызской Республики и гостей из "
                + "дальнего и ближнего зарубежья.");
        assertEquals("KG", find(found, ActorType.PERSON, "Жээнбеков Сооронбай Шарипович").country());
    }

    @Test
    void twoNameWordsBeforeARegionInBracketsAreAContestant() {
        List<Candidate> found = run("Жасұлан Зейнеденов (БҚО) І орын алды (350 мың теңге). Мөлдір Қойысова (Алматы "
                + "қаласы) мен Раушан Шақанава (БҚО) ІІ орынға лайық деп танылды.");
        find(found, ActorType.PERSON, "Раушан Шақанава");
        find(found, ActorType.PERSON, "Мөлдір Қойысова");
    }

    @Test
    void aCompoundTitleBeforeANameThatEndsLikeAVerbIntroducesIt() {
        List<Candidate> found = run("Қазылар алқасының төрағасы, ҚР еңбек сіңірген қызметкері, Қазақ Ұлттық өнер "
                + "университетінің профессоры, күйші-ұстаз Айтжан Тоқтаған бастаған, ҚР еңбек сіңірген мәдениет "
                + "қызметкері, «Парасат» орденінің иегері, ҚР Күйшілер одағының мүшесі, күйші Ермек Қазиев лайықты "
                + "бағалаған домбырашылар сайысында Ақбөкен Темір (Атырау облысы) бас жүлдеге ие болып, 500 мың "
                + "теңгені қанжығасына байлады.");
        find(found, ActorType.PERSON, "Айтжан Тоқтаған");
        find(found, ActorType.PERSON, "Ақбөкен Темір");
    }

    @Test
    void aNationInTheGenitiveBeforeATwoWordTitlePlacesThePerson() {
        List<Candidate> found = run("«Астана Опера» театрының балеттік труппасы балет сүйер қауым үшін әлемдік "
                + "хореографияның маржандары: француздың қоюшы хореографы Шарль Жюдтің қойылымындағы «Ромео мен "
                + "Джульетта» балетін 8 ақпанда алып барады.");
        Candidate jude = found.stream().filter(c -> c.type() == ActorType.PERSON && c.name().startsWith("Шарль"))
                .findFirst().orElseThrow(() -> new AssertionError(names(found)));
        assertEquals("FR", jude.country());
    }

    @Test
    void centralAsiaBeforeAConjunctionIsNoOne() {
        List<Candidate> found = run("Театр басшылығының арнайы шақыртуымен Англиядан келген Түрменстан өнеріне еңбегі "
                + "сіңген қайраткер, Орта Азия мен Европа елдеріне аса танымал режиссер Овлякули Ходжакули Бертольт "
                + "Брехттің шығармаларын пьесаға бейімдеп, сахналады.");
        find(found, ActorType.PERSON, "Овлякули Ходжакули");
        assertFalse(has(found, ActorType.PERSON, "Орта Азия"), names(found).toString());
    }

    @Test
    void aCitysNameBeforeABodyDescribedInLowerCaseNamesAndPlacesIt() {
        List<Candidate> found = run("He has also reminded that in January this year the Bukhara Khokimiyat (the "
                + "regional administration) presented several displays to the Leipzig ethnographic museum.");
        Candidate museum = find(found, ActorType.ORGANISATION, "Leipzig ethnographic museum");
        assertEquals("DE", museum.country());
        assertEquals("Leipzig", museum.city());
    }

    @Test
    void aCitysOwnIsNoName() {
        List<Candidate> found = run("BERLIN. KAZINFORM On 23 March 2019 Berlin's largest cultural center, the Humboldt "
                + "Forum, hosted the city's yearly Nauryz celebration as part of the Spring Festival 2019.");
        assertFalse(names(found).stream().anyMatch(n -> n.contains("largest")), names(found).toString());
    }
}
