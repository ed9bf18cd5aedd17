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

/** Where a name's tail ends, a field before a head, and an event's editions, in sentences as published. */
class TailsAndEditionsTest {

    @Test
    void aStatesNameClosesALowerCaseBodysTail() {
        List<Candidate> found = run("On the 15-th of June 2020 the research division Ethnography of   the State museum "
                + "of   Turkmenistan has organized a guest exhibition  named «National heritage, beautiful nature» at   "
                + "«Altyn damja» health and fitness centre.");
        find(found, ActorType.ORGANISATION, "State museum of Turkmenistan");
        assertFalse(has(found, ActorType.ORGANISATION, "State museum of Turkmenistan has organized"),
                names(found).toString());
    }

    @Test
    void aRussianNamesFieldsEndAtANounInAnotherCase() {
        List<Candidate> khiva = run("uz, в рамках фестиваля, организуемого Комитетом по туризму и хокимиятом "
                + "Хорезмской области, города и районы области проведут выставку-ярмарку сладких дынь, выращенных в "
                + "своих регионах.");
        find(khiva, ActorType.ORGANISATION, "Комитет по туризму");
    }

    @Test
    void aHeadInLowerCaseBeforeAnotherHeadIsItsField() {
        List<Candidate> found = run("Алматыда II Халықаралық цирк фестивалі өтті.\n Мәселен, әртістер Қытай мен "
                + "Ресейдегі үздік цирк мектептерінде оқудан өтті.");
        find(found, ActorType.EVENT, "II Халықаралық цирк фестивалі");
        assertFalse(found.stream().anyMatch(c -> c.type() == ActorType.ORGANISATION), names(found).toString());
    }

    @Test
    void aFestivalsEditionOfAYearIsTheFestival() {
        List<Candidate> found = run("Артисты из Туркменистана выступят на международной площадке фестиваля "
                + "классического искусства «Каспийские сезоны-2023», который будет проходить в Астрахани с 18 августа "
                + "по 6 сентября.\nРанее мы сообщали, что заслуженная артистка Туркменистана Лейли Окдирова примет "
                + "участие в открытии международного фестиваля «Каспийские сезоны».");
        long festivals = found.stream().filter(c -> c.type() == ActorType.EVENT).count();
        assertEquals(1, festivals, names(found).toString());
    }

    @Test
    void theKazakhAbbreviationOfARegionPlacesItsBodies() {
        Candidate philharmonic = find(run("23-25 шілде аралығында Болгария Республикасының астанасы София қаласында "
                + "өткен халықаралық «Витоша» халық билері фестиваліне еліміздің атынан қатысқан халықаралық, "
                + "республикалық байқаулардың лауреаттары Ш.Қалдаяқов атындағы ОҚО филармониясының «Қазына» би ансамблі "
                + "жүлделі ІІ орынды иеленді, деп хабарлайды ОҚО әкімінің баспасөз қызметі."), ActorType.ORGANISATION,
                "Ш.Қалдаяқов атындағы ОҚО филармониясы");
        assertEquals("KZ", philharmonic.country());
    }

    @Test
    void whatBefellANameIsNoKindOfIt() {
        List<Candidate> found = run("A large group of Kyrgyz filmmakers participated in the festival’s 30th anniversary "
                + "celebration, and Kurak won two awards.");
        assertFalse(has(found, ActorType.EVENT, "Kurak won two awards"), names(found).toString());
    }

    @Test
    void aCircusIsABodyAndStraightSingleMarksQuoteATitle() {
        find(run("It was interesting and informative to hear from Yeskendir N. and Bekezhanova Zh. about the Karaganda "
                + "Circus, one of the most famous buildings in our city."), ActorType.ORGANISATION, "Karaganda Circus");
        find(run("During the celebration, a national exhibition entitled 'Kyrgyz Kochu' was also organized, where "
                + "illustrated the national features and traditions of the people living in the south of the country."),
                ActorType.EVENT, "Kyrgyz Kochu");
    }

    @Test
    void aPieceOfANameInAHeadlineInCapitalsIsLeftOutAndAKnownAcronymTakesAKazakhCase() {
        List<Candidate> found = run("АҚШ-ТА ҚАЗАҚСТАН ӘДЕБИЕТІ МЕН МӘДЕНИЕТІ ОРТАЛЫҒЫ АШЫЛДЫ\n«Болашаққа бағдар – рухани "
                + "жаңғыру» бағдарламасының аясында шет елдің кітапханаларында «Қазақстан әдебиеті мен мәдениеті» "
                + "орталығын ашу халықаралық жобасы Америка Құрама Штаттарында жүзеге асырылуда, деп хабарлайды Baq.kz "
                + "ақпарат агенттігі.\nЕліміздің БҰҰ-ға төрағалық етуі аясында қазақ кітаптары АҚШ елінің оқырмандарына "
                + "өз кезегімен жол тартты");
        find(found, ActorType.ORGANISATION, "«Қазақстан әдебиеті мен мәдениеті» орталығы");
        find(found, ActorType.ORGANISATION, "БҰҰ");
        assertFalse(has(found, ActorType.ORGANISATION, "МӘДЕНИЕТІ ОРТАЛЫҒЫ"), names(found).toString());
    }

    @Test
    void aStagedWorkNamedByItsTitleIsAPerformance() {
        find(run("В рамках праздника зрителям был представлен спектакль «Дорога домой», поставленный Республиканским "
                + "государственным академическим корейским театром Республики Казахстан."), ActorType.EVENT,
                "спектакль «Дорога домой»");
    }

    @Test
    void aPersonsNameInCapitalsBesideAPatronymicEndsWithItsParagraph() {
        List<Candidate> found = run("Republic of Ingushetia (Magas) – SAMPIEV Israpil Magometovich\n\nStavropol "
                + "Territory (Pyatigorsk) – Asiyat Kazievna BOTASHEVA\n\nChechen Republic (Grozny) – ABDULVAKHABOVA "
                + "Birlant Borz-Alievna");
        find(found, ActorType.PERSON, "Sampiev Israpil Magometovich");
        assertFalse(found.stream().anyMatch(c -> c.name().contains("Chechen")), names(found).toString());
    }

    @Test
    void aSummerSchoolIsHeld() {
        find(run("Түркі мемлекеттерінің VI жазғы мектебі - Түркістанда\n\nАлбания, Әзірбайжан, Қазақстан, Қырғызстан, "
                + "Өзбекстан, Солтүстік Македония және Түркиядан барлығы 50 студент және 37 оқытушы қатысуда."),
                ActorType.EVENT, "Түркі мемлекеттерінің VI жазғы мектебі");
    }
}
