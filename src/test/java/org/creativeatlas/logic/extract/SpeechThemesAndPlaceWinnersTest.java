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
 * Quoted speech and themes that are no titles, long quoted titles before an event's head, German names, surnames
 * after a title of office, contest winners named after their place, a district's bodies, and Russian names whose
 * words must agree in case.
 */
class SpeechThemesAndPlaceWinnersTest {

    @Test
    void aQuoteThatOpensItsSentenceAndEndsInACommaIsSpeech() {
        List<Candidate> found = run("The cinema of Central Asia was in the spotlight at the 15th edition of the Tashkent "
                + "International Film Festival, also known as the Pearl of the Silk Road. “This festival brings together "
                + "filmmakers from 52 countries under the motto of peace, progress and enlightenment; this is the "
                + "initiative of our president,” explained Festival Director, Firdavs Abdukhalikov.");
        find(found, ActorType.EVENT, "Tashkent International Film Festival");
        find(found, ActorType.PERSON, "Firdavs Abdukhalikov");
        assertFalse(found.stream().anyMatch(c -> c.name().startsWith("This festival")), names(found).toString());
    }

    @Test
    void aThemeIsNoEventButATitleBeforeTheHeadIsAndSoIsAGermanSociety() {
        List<Candidate> found = run("From 23 – 25th July 2011, Khorog’s Central Park was host to the fourth annual "
                + "“Roof of the World” Festival. This is the second time this cultural-ecological festival is being held "
                + "in Gorno Badakhshan, and this year’s activities were around the theme “Culture and Nature are "
                + "Foundations of our Life.” Musicians from Kazakhstan and the Kyrgyz Republic, whose travel was "
                + "sponsored by Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) in cooperation with SPCE "
                + "Khorog, participated in both the music programme and an exhibition of traditional crafts.");
        find(found, ActorType.EVENT, "“Roof of the World” Festival");
        assertFalse(has(found, ActorType.EVENT, "Culture and Nature are Foundations of our Life"),
                names(found).toString());
        Candidate giz = find(found, ActorType.ORGANISATION, "Deutsche Gesellschaft für Internationale Zusammenarbeit");
        assertEquals("DE", giz.country());
        assertFalse(found.stream().anyMatch(c -> c.type() == ActorType.PERSON), names(found).toString());
    }

    @Test
    void anEventsTitleMayHoldOfTheAndIsOneEventWithItsQuotedForm() {
        List<Candidate> found = run("UCA’s School of Professional and Continuing Education, Khorog supports Roof of the "
                + "World Festival 2011\n\nFrom 23 – 25th July 2011, Khorog’s Central Park was host to the fourth annual "
                + "“Roof of the World” Festival.");
        find(found, ActorType.EVENT, "Roof of the World Festival 2011");
        assertEquals(1, found.stream().filter(c -> c.type() == ActorType.EVENT).count(), names(found).toString());
    }

    @Test
    void anAmbassadorNamedBySurnameHeadsTheOneMissionTheTextNames() {
        List<Candidate> found = run("On May 27, 2023 the Mary Velayat Library jointly with the Mary American Corner and "
                + "the U.S. Embassy in Turkmenistan hosted the book fair to celebrate the 31 years of U.S.-Turkmenistan "
                + "diplomatic relations and the International Children’s Day. Participants had a chance to experience "
                + "some of the exciting activities regularly conducted in the American Corners: Makerspace and STEM "
                + "activities, EducationUSA resources dedicated to preparing for U.S. higher education admissions. In "
                + "his opening remarks Ambassador Klimow emphasized the importance of U.S.-Turkmenistan cultural and "
                + "educational ties and stated that the United States Embassy is proud to partner with the Government of "
                + "Turkmenistan to host the book fair in one of the largest regional libraries in Turkmenistan.");
        assertEquals("US", find(found, ActorType.PERSON, "Klimow").country());
        assertFalse(has(found, ActorType.ORGANISATION, "STEM"), names(found).toString());
    }

    @Test
    void aSpeakerAfterABodysNameIsNoPartOfItAndATitleRunsToTheBodyItIsAt() {
        List<Candidate> found = run("Orientalists and Navoi scholars from the United States, Russia, Turkey, "
                + "Azerbaijan, Iran, Tajikistan and Afghanistan took part in the conference. Vice-President of "
                + "Azerbaijan National Academy of Sciences Isa Habibbayli informed about the role of Alisher Navoi’s "
                + "works in world civilization. Daria Zhigulskaya, Associate Professor of the Institute of Asian and "
                + "African Countries at Lomonosov Moscow State University, spoke about the works of Alisher Navoi, in "
                + "the Uzbek language.");
        find(found, ActorType.ORGANISATION, "Azerbaijan National Academy of Sciences");
        assertEquals("AZ", find(found, ActorType.PERSON, "Isa Habibbayli").country());
        assertEquals("RU", find(found, ActorType.PERSON, "Daria Zhigulskaya").country());
    }

    @Test
    void theWinnersOfPlacesArePeopleWhateverTheirSurnamesMean() {
        List<Candidate> found = run("Қарт Қаратаудың етегінен нәр алған ақын, жырау Құлан Алдабергенұлының туғанына "
                + "155 жыл толуы құрметіне орай Жаңақорған ауданы әкімдігінің қолдауымен облыстық ақындар айтысы өтті, - "
                + "деп жазады «Халық» газеті. Айтыс қорытындысы бойынша жүлделі ІІІ орынды Төрехан Совет, ІІ орынды Тұрар "
                + "Тілеулиев, І орынды Бексұлтан Орынбасар еншіледі.");
        find(found, ActorType.ORGANISATION, "Жаңақорған ауданы әкімдігі");
        find(found, ActorType.PERSON, "Төрехан Совет");
        find(found, ActorType.PERSON, "Бексұлтан Орынбасар");
        assertFalse(has(found, ActorType.ORGANISATION, "Төрехан Совет"), names(found).toString());
    }

    @Test
    void aRussianNameTakesOnlyWordsInItsOwnCase() {
        List<Candidate> found = run("БИШКЕК, 26-июл. — Sputnik. В Бишкеке проходит международный фестиваль "
                + "\"Оймо-2019\". Информационное агентство и радио Sputnik Кыргызстан является информационным партнером "
                + "международного фестиваля \"Оймо-2019\".");
        find(found, ActorType.EVENT, "Международный фестиваль \"Оймо-2019\"");
        assertFalse(found.stream().anyMatch(c -> c.name().contains("партнер")), names(found).toString());
    }

    @Test
    void aRegionsAdministrationAndACommunityAreBodiesAMuseumsHoldingsAreNone() {
        List<Candidate> found = run("В мероприятии приняли участие чрезвычайный и полномочный посол Российской "
                + "Федерации в Таджикистане Игорь Лякин-Фролов, послы Казахстана и Азербайджана в Республике "
                + "Таджикистан, российские соотечественники, проживающие в г. Нуреке, представители администрации "
                + "Хатлонской области и г. Нурека, общественности и средств массовой информации. Фестиваль организован "
                + "при поддержке управления культуры, архивов и документации акимата области, Русской общины «Радонеж» "
                + "Жамбылской области. «От Навруза 2018 года до Навруза этого года в фонд музея поступило 3231 предмет "
                + "историко-культурного наследия», - рассказал Кенджаев.");
        find(found, ActorType.ORGANISATION, "Администрация Хатлонской области");
        find(found, ActorType.ORGANISATION, "Русская община «Радонеж»");
        assertFalse(has(found, ActorType.ORGANISATION, "фонд музея"), names(found).toString());
    }

    @Test
    void theCelebrationOfAHolidayIsNamedByTheHoliday() {
        List<Candidate> found = run("АШХАБАД, 1 сентября - ИП \"ТУРКМЕНинформ\". В Министерстве культуры Туркменистана "
                + "открылась художественная выставка работ участников конкурса Президента Туркменистана среди деятелей "
                + "культуры, искусства и литературы. Итоги этого конкурса будут подведены накануне празднования Дня "
                + "независимости страны 27 октября.");
        assertFalse(found.stream().anyMatch(c -> c.name().startsWith("празднования")), names(found).toString());
    }
}
