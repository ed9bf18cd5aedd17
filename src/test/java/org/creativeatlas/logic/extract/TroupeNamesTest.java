package org.creativeatlas.logic.extract;

import static org.creativeatlas.logic.extract.ExtractorFixture.find;
import static org.creativeatlas.logic.extract.ExtractorFixture.has;
import static org.creativeatlas.logic.extract.ExtractorFixture.names;
import static org.creativeatlas.logic.extract.ExtractorFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

/** Bands, choirs and ensembles, and the works they perform, from published sentences. */
class TroupeNamesTest {

    @Test
    void singleQuotedNamesBeforeDescribedHeadsAreBands() {
        List<Candidate> found = run("The managers of the Kazakh Concert are planning more than 30 events with "
                + "participation of outstanding pop singers, particularly, the Academy of Soloists, the ‘Astana Sazy’ "
                + "folk ensemble, the ‘Nomad’ ethno-folklore band and the Forte Trio.");
        assertTrue(has(found, ActorType.ORGANISATION, "‘Astana Sazy’ folk ensemble"), names(found).toString());
        assertTrue(has(found, ActorType.ORGANISATION, "‘Nomad’ ethno-folklore band"), names(found).toString());
        assertTrue(has(found, ActorType.ORGANISATION, "Forte Trio"), names(found).toString());
    }

    @Test
    void anApostropheOfAPluralPossessiveClosesNoQuote() {
        List<Candidate> found = run("The festival «Teachers’ Days of Astana» opened in May with the ‘Nomad’ band.");
        assertTrue(has(found, ActorType.EVENT, "Festival «Teachers’ Days of Astana»"), names(found).toString());
        assertTrue(has(found, ActorType.ORGANISATION, "‘Nomad’ band"), names(found).toString());
    }

    @Test
    void aGroupFromACountryIsThatCountrys() {
        List<Candidate> found = run("The festival closed in Samarkand. The second place was awarded to the musical "
                + "group ‘Atameken’ from Kazakhstan and representatives of Uzbekistan – members of the Maqom Band -- "
                + "Alisher Akhmedov and Fazilat Akhmedova.");
        assertEquals("KZ", find(found, ActorType.ORGANISATION, "group ‘Atameken’").country());
        assertTrue(has(found, ActorType.ORGANISATION, "Maqom Band"), names(found).toString());
    }

    @Test
    void operasAndBalletsNamedInQuotesAreWorksButAnOperaHouseIsABody() {
        List<Candidate> found = run("В концертной программе прозвучали фрагменты из опер «Евгений Онегин», «Пиковая "
                + "дама», «Чародейка», «Опричник» и балета «Лебединое озеро». Участие в концерте принял "
                + "Государственный хор Туркменистана.");
        assertEquals(List.of("organisation:Государственный хор Туркменистана"), names(found));
        found = run("Концерт прошёл в Государственном театре оперы и балета «Астана Опера».");
        assertTrue(has(found, ActorType.ORGANISATION, "Государственный театр оперы и балета «Астана Опера»"),
                names(found).toString());
    }

    @Test
    void aChoirOfATheatreNamesTheTheatreToo() {
        List<Candidate> found = run("На сцене выступил Хор Государственного театра оперы и балета «Астана Опера».");
        assertTrue(has(found, ActorType.ORGANISATION, "Государственный театр оперы и балета «Астана Опера»"),
                names(found).toString());
        found = run("В Бишкеке гастролирует Государственный цирк Кыргызстана.");
        assertEquals("KG", find(found, ActorType.ORGANISATION, "Государственный цирк Кыргызстана").country());
    }

    @Test
    void aBodyUnderALowerCaseHeadIsNamedAfterSomeoneToo() {
        List<Candidate> found = run("Days of Uzbek cinema, tours of Uzbek theaters to Tajikistan, a concert of the "
                + "Maqom ensemble named after Yunus Rajabi are planned. The actors from Lebap musical-drama theater "
                + "named after Seyitnazar Seydi performed play «Dayahatyn».");
        assertTrue(has(found, ActorType.ORGANISATION, "Maqom ensemble named after Yunus Rajabi"),
                names(found).toString());
        assertTrue(has(found, ActorType.ORGANISATION, "Lebap musical-drama theater named after Seyitnazar Seydi"),
                names(found).toString());
    }

    @Test
    void aConcertNamedByItsOrchestraIsTheOrchestrasNotAnEvent() {
        List<Candidate> found = run("Посольство России в Туркменистане инициировало концерт Государственного "
                + "симфонического оркестра под управлением заслуженного артиста Туркменистана Расула Клычева. "
                + "Вечером состоялся концерт мастеров культуры Туркменистана.");
        assertTrue(has(found, ActorType.ORGANISATION, "Государственный симфонический оркестр"), names(found).toString());
        assertFalse(names(found).stream().anyMatch(n -> n.startsWith("event:Концерт Государственного")),
                names(found).toString());
        assertTrue(has(found, ActorType.EVENT, "Концерт мастеров культуры Туркменистана"), names(found).toString());
    }

    @Test
    void whereATroupePerformsIsNoPartOfItsNameAndTheBodyItBelongsToSaysWhoseItIs() {
        List<Candidate> found = run("В Ашхабаде успешно выступил Государственный ансамбль танца \"Урал\" Челябинской "
                + "государственной филармонии. Выступление российских артистов прошло в театре. Выступление "
                + "Государственного ансамбля танца \"Урал\" в Ашхабаде было организовано министерствами культуры.");
        Candidate ural = find(found, ActorType.ORGANISATION, "Государственный ансамбль танца \"Урал\"");
        assertEquals("RU", ural.country(), "the Chelyabinsk philharmonic's");
        assertFalse(names(found).stream().anyMatch(n -> n.endsWith("в Ашхабаде")), names(found).toString());
        assertEquals("RU", find(found, ActorType.ORGANISATION, "Челябинская государственная филармония").country());
    }

    @Test
    void aHouseNamedByItsCityAndItsArtInLatinLettersIsABodyInEachLanguage() {
        List<Candidate> found = run("ASTANA – Astana Opera is set to debut its “The Steppe Motives in Tbilisi” "
                + "program, featuring the theater’s leading soloists.");
        assertEquals("KZ", find(found, ActorType.ORGANISATION, "Astana Opera").country());
        found = run("В концерте приняли участие симфонический оркестр и балетная труппа Astana ballet, хор "
                + "Государственного театра оперы и балета «Астана Опера».");
        find(found, ActorType.ORGANISATION, "Astana ballet");
        found = run("Гала-концертте Қазақстан мен Тәжікстанның өнер майталмандары, соның ішінде Astana ballet балет "
                + "труппасы мен симфониялық оркестрі өнер көрсетті.");
        find(found, ActorType.ORGANISATION, "Astana ballet");
        found = run("The opening ceremony was held in the hall of the State Opera and Ballet Theater \"Astana Opera\".");
        assertFalse(has(found, ActorType.ORGANISATION, "Astana Opera"), "a quoted name closing another's is no house "
                + "of its own: " + names(found));
        find(found, ActorType.ORGANISATION, "State Opera and Ballet Theater \"Astana Opera\"");
    }

    @Test
    void anEnglishTroupeNamedAfterItsKindKeepsTheWordsForItsKind() {
        List<Candidate> found = run("The concert included performances of the Astana Ballet Theater, ensemble of "
                + "dombra players, Arlan national traditions theater, folklore and ethnographic ensemble Turan, MuzArt "
                + "pop group.");
        find(found, ActorType.ORGANISATION, "Folklore and ethnographic ensemble Turan");
        assertFalse(has(found, ActorType.ORGANISATION, "Turan"), names(found).toString());
        found = run("The gala concert featured the chorus of the State Theater, ethno-folk group Hassak and other "
                + "creative teams.");
        find(found, ActorType.ORGANISATION, "Ethno-folk group Hassak");
    }

    @Test
    void aLatinNameAfterARussianWordForATroupeIsNamedWithIt() {
        List<Candidate> found = run("В концерте приняли участие хор Государственного театра оперы и балета, этно-фолк "
                + "группа Hassak и другие творческие коллективы.");
        find(found, ActorType.ORGANISATION, "Этно-фолк группа Hassak");
        found = run("Среди участников проекта лейбл Juzz Entertainment.");
        find(found, ActorType.ORGANISATION, "Лейбл Juzz Entertainment");
    }

    @Test
    void aConcertByATroupeWithAQuotedNameIsTheTroupesNotAnEvent() {
        List<Candidate> found = run("В Ашхабаде 16 октября стартуют Дни культуры России. Культурное событие откроется "
                + "концертом Государственного академического ансамбля народного танца Адыгеи «Нальмэс» в столичном "
                + "Дворце мукамов.");
        Candidate troupe = find(found, ActorType.ORGANISATION,
                "Государственный академический ансамбль народного танца Адыгеи «Нальмэс»");
        assertEquals("RU", troupe.country(), "Adygea is a republic of Russia");
        assertFalse(found.stream().anyMatch(c -> c.type() == ActorType.EVENT && c.name().startsWith("Концерт")),
                names(found).toString());
    }

    @Test
    void aRussianTroupeNamedInTheSingularKeepsTheAdjectivesOfItsKind() {
        List<Candidate> found = run("В концерте примут участие мастера искусств Казахстана, среди которых народный "
                + "артист Казахстана Алибек Днишев, заслуженные деятели Казахстана Азамат Желтыргузов, Гульзия "
                + "Стамбек, Сундет Байгожин, лауреаты международных конкурсов Ескендир Абжанов, Нуркен Аширов, "
                + "Бибигуль Жанузак, Айзада Капонова, а также Академический фольклорно-этнографический оркестр «Отырар "
                + "сазы», государственный ансамбль танца «Гульдер», этно-фольклорная группа «Тұран».");
        find(found, ActorType.ORGANISATION, "Этно-фольклорная группа «Тұран»");
        find(found, ActorType.ORGANISATION, "Государственный ансамбль танца «Гульдер»");
    }
}
