package org.creativeatlas.logic.extract;

import static org.creativeatlas.logic.extract.ExtractorFixture.find;
import static org.creativeatlas.logic.extract.ExtractorFixture.has;
import static org.creativeatlas.logic.extract.ExtractorFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

/** Whose envoys, ministers and poets are, and the missions named by their owner, from published pages. */
class EnvoysAndOwnPeopleTest {

    @Test
    void aKazakhPapersOurPoetIsKazakhstans() {
        List<Candidate> found = run("Бұл Түркі халықтарына ортақ ұлы ақынның 580 жылдығына орай қолға алынған шара дейді ұйым "
                + "басшысы Дархан Қыдырәлі. Шығыстың жұлдызы Әлішер Науаидің туындыларын өзбек тілінен қазақ "
                + "тіліне көрнекті ақынымыз Несіпбек Айтұлы, шығыстанушы ғалым Төрәлі Қыдыр мен өзбекстандық "
                + "ғалым Мұхаммад Әли тәржімалаған. Бүгін бауырлас өзбек жұртына «Екі тіл туралы пікір», "
                + "«Науаидің ғазалдары» және де «Хамса» кітаптары таныстырылды. Соңғы жинаққа Әлішер Науаидің "
                + "«Ләйлі-Мәжнүн» және «Ескендір қорғаны» атты екі дастаны енген.");
        Candidate poet = find(found, ActorType.PERSON, "Несіпбек Айтұлы");
        assertEquals("KZ", poet.country());
        assertEquals("көрнекті ақынымыз", poet.role());
    }

    @Test
    void aForeignMinistersTitleKeepsItsStateAcrossTheAndOfItsFields() {
        List<Candidate> found = run("Халықаралық Түркі академиясына Мажарстанның Сыртқы сауда және сыртқы істер министрі Петер "
                + "Сийярто және Қазақстан Республикасы Премьер-министрінің орынбасары – сыртқы істер министрі "
                + "Мұхтар Тілеуберді арнайы келіп, Академия жұмысымен танысты.");
        Candidate minister = find(found, ActorType.PERSON, "Петер Сийярто");
        assertEquals("HU", minister.country());
        assertEquals("Мажарстанның Сыртқы сауда және сыртқы істер министрі", minister.role());
        assertEquals("KZ", find(found, ActorType.PERSON, "Мұхтар Тілеуберді").country());
    }

    @Test
    void ourAmbassadorAbroadIsKazakhstansAndAMissionKeepsTheBodyItIsOf() {
        List<Candidate> found = run("Түркі мемлекеттері ұйымының Мажарстандағы өкілдігінде мажар түрколог Коңыр Иштван Мандокидың "
                + "80 жылдығына арналған еске алу іс-шарасы өтті. Іс-шараны Қазақстан Республикасының "
                + "Мажарстандағы Елшілігі, Түркі мемлекеттері ұйымының Мажарстандағы өкілдігі және «Барс» "
                + "мажар-қазақ қоры бірлесе ұйымдастырды.\nЕліміздің Мажарстандағы Елшісі Абзал Сапарбекұлы Коңыр "
                + "Иштван Мандокидың ғылыми мұрасы екі ел арасындағы бауырластық, тарихи және мәдени "
                + "байланыстарды нығайтуда ерекше маңызды рөл атқаратынын атап өтті. Сонымен қатар, ол осы еске "
                + "алу іс-шарасының Қоңыр Мандокидың рухани мұрасын құрметтеп, келер ұрпаққа жеткізудің "
                + "маңыздылығын айқындайтынын жеткізді.");
        Candidate envoy = find(found, ActorType.PERSON, "Абзал Сапарбекұлы");
        assertEquals("KZ", envoy.country());
        assertEquals("Еліміздің Мажарстандағы Елшісі", envoy.role());
        assertFalse(has(found, ActorType.PERSON, "Коңыр Иштван"));
        assertEquals("HU", find(found, ActorType.ORGANISATION,
                "Түркі мемлекеттері ұйымының Мажарстандағы өкілдігі").country());
    }

    @Test
    void consulsListedByTheirStatesAreEachOfTheirOwn() {
        List<Candidate> found = run("О силе искусства вообще и джазового в частности говорили, представляя музыкантов из своих "
                + "стран, генеральные консулы: Венгрии – Ференц Блауманн, Польши – Анджей Папиеж, Франции – "
                + "Патрик Ренар, Италии – Петро Кала и вице-консул Турции Алтай Альпер. Организаторами фестиваля "
                + "вот уже на протяжении 15 лет выступает творческий тандем в составе директора Алматинской "
                + "джазовой школы Тагира Зарипова и музыкального продюсера Карлыгаш Макатовой.");
        assertEquals("HU", find(found, ActorType.PERSON, "Ференц Блауманн").country());
        assertEquals("PL", find(found, ActorType.PERSON, "Анджей Папиеж").country());
        assertEquals("FR", find(found, ActorType.PERSON, "Патрик Ренар").country());
        assertEquals("IT", find(found, ActorType.PERSON, "Петро Кала").country());
    }

    @Test
    void aChannelIsABodyAndAJourneysDestinationNoPartOfTheFestival() {
        List<Candidate> found = run("Для участия в творческом фестивале в Соединенные Штаты Америки отправилась большая делегация "
                + "туркменских деятелей культуры и искусства. В состав творческого десанта вошли представители "
                + "министерства культуры, мэрии городов Ашхабада и Аркадаг, Государственного информагентства, "
                + "Института языка, литературы и национальных рукописей имени Махтумкули Академии наук "
                + "Туркменистана, телерадиоканала «Туркмен овазы», артисты ведущих драмтеатров, музейные и "
                + "библиотечные работники, певцы и танцоры фольклорно-этнографических ансамблей «Докмачылар», "
                + "«Ашхабад» и «Ахал овюшгюнлери».");
        assertTrue(has(found, ActorType.ORGANISATION, "Телерадиоканал «Туркмен овазы»"));
        assertTrue(has(found, ActorType.ORGANISATION, "Государственное информагентство"));
        assertTrue(found.stream().noneMatch(c -> c.name().contains("Соединенные")));
    }

    @Test
    void aPageNamingARegionWithoutAStateIsReadWhole() {
        List<Candidate> found = run("Marking 30th year of diplomatic relations between Korea, Uzbekistan\n\nThe following article and "
                + "pictures were provided by the Embassy of Uzbekistan in Seoul for publication by The Korea Post "
                + "media, publisher of 3 English and 2 Korean-language news publications since 1985.—Ed.\n\nOn "
                + "March 21-22, 2022, as part of the events dedicated to the 30th anniversary of the "
                + "establishment of diplomatic relations between Uzbekistan and South Korea, as well as on the "
                + "occasion of Navruz, the “Uzbekistan Culture Festival,” was held in one of the South Korean "
                + "cities, Daegu.\n\nThe event was organized with the support of the Center for Silk Road and "
                + "Central Asian Studies at Keimyung University in cooperation with the Embassy of Uzbekistan in "
                + "Seoul, the Representative Office of the World Youth Association of Uzbekistan in the Republic "
                + "of Korea and our compatriots abroad.");
        assertEquals("KR", find(found, ActorType.EVENT, "Uzbekistan Culture Festival").country());
        assertEquals("KR", find(found, ActorType.ORGANISATION, "Embassy of Uzbekistan in Seoul").country());
    }
}
