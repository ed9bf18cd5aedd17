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

/**
 * Kazakh in a Turkish-style Latin that writes ы as ı and ұ as w; a country's year with the guest in the genitive;
 * envoys' titles with a town's short word, "Mr" between title and name, and a plenipotentiary's rank; halls, months,
 * an acronym's possessive and a region before a university; names of state bodies shortened with «гос».
 */
class TurkishStyleLatinAndEnvoysTest {

    private static final String QARALY_KOSH = "Qazaqstan Jazuışlar odağınıñ, Euraziya jazuşılar odağınıñ müşesi, "
            + "jazuşı Jädi Şäkenwlınıñ «Qaralı köş» attı tarihi romanına arnalğan konferenciya ötti.\n\nTürkiya "
            + "qazaqtarınıñ köş jetekşilerinen Elishan batır Älipwlınıñ ömirin arqau etken roman bıltır türik tiline "
            + "audarılğan edi. Kitaptıñ twsaukeseri 2016 jılı, 10 qaraşada Stambulda TÜYAP halıqaralıq kitap "
            + "järmeñkesinde ötken. Nwrgül Berikbolova türik tiline audarğan jäne sapalı türde «Kalender» baspasınan "
            + "şıqqan kitapqa oqırman ıqılası erekşe boldı.";

    @Test
    void kazakhWrittenWithDotlessIForYIsReadThroughItsCyrillic() {
        List<Candidate> found = run(QARALY_KOSH);
        assertTrue(has(found, ActorType.ORGANISATION, "Qazaqstan Jazuışlar odağı"));
        assertTrue(has(found, ActorType.ORGANISATION, "Euraziya jazuşılar odağı"));
        assertTrue(has(found, ActorType.EVENT, "TÜYAP halıqaralıq kitap järmeñkesi"));
        assertEquals("TR", find(found, ActorType.EVENT, "TÜYAP halıqaralıq kitap järmeñkesi").country());
        assertTrue(has(found, ActorType.ORGANISATION, "«Kalender» baspası"));
    }

    @Test
    void aCountrysYearWithTheGuestInTheGenitiveIsAnEvent() {
        List<Candidate> found = run("Ūlystyŋ Ūly künı qarsaŋynda, 15 nauryzda Qazaqstandaǧy Özbekstannyŋ jyly "
                + "saltanatty türde aşyldy. Al 2019 jyl Özbekstandaǧy Qazaqstan jyly bolyp bekıtıldı.");
        assertEquals("KZ", find(found, ActorType.EVENT, "Qazaqstandaǧy Özbekstannyŋ jyly").country());
        assertEquals("UZ", find(found, ActorType.EVENT, "Özbekstandaǧy Qazaqstan jyly").country());
    }

    @Test
    void aMonthIsNoNameAndARegionOpensAUniversitysName() {
        List<Candidate> found = run("From April to May, a group of teachers and students from the School of Art and "
                + "Archaeology of Zhejiang University in Hangzhou, East China's Zhejiang province, participated in a "
                + "joint excavation program of Bolshaya Kyrk-Kyz Kala.");
        assertFalse(found.stream().anyMatch(c -> c.name().equals("May")));
        assertEquals("CN", find(found, ActorType.ORGANISATION,
                "School of Art and Archaeology of Zhejiang University in Hangzhou").country());
    }

    @Test
    void aConsulGeneralsTitleRunsThroughTheCityOfThePost() {
        List<Candidate> found = run("On October 17, 2023, the Consul General of the Kyrgyz Republic in Novosibirsk "
                + "A.Aidarbekov took part in the celebrations.\nIn his welcoming speech, Consul General A.Aidarbekov "
                + "noted the importance of intensifying scientific cooperation between libraries.");
        Candidate consul = find(found, ActorType.PERSON, "A.Aidarbekov");
        assertEquals("KG", consul.country());
        assertEquals("Consul General of the Kyrgyz Republic in Novosibirsk", consul.role());
        assertFalse(found.stream().anyMatch(c -> c.name().startsWith("General")));
    }

    @Test
    void citiesOfUkraineAndEnglandPlaceTheirBodies() {
        assertEquals("UA", find(run("The gala ballet also featured artist of Odessa National Academic Opera and "
                + "Ballet Theater Ellina Pohodnyh."), ActorType.ORGANISATION,
                "Odessa National Academic Opera and Ballet Theater").country());
        assertEquals("GB", find(run("Seminar coordinators on the British side include the Natural History Museum "
                + "(London) and the School of Mines, University of Exeter."), ActorType.ORGANISATION,
                "University of Exeter").country());
    }

    @Test
    void anAcronymsPossessiveNamesTheOwnerNotTheBody() {
        List<Candidate> found = run("Representatives from the Bureau of International Co-operation and CAS’ Xinjiang "
                + "Institute of Ecology and Geography were also present at the meeting.");
        assertTrue(has(found, ActorType.ORGANISATION, "Xinjiang Institute of Ecology and Geography"));
        assertFalse(found.stream().anyMatch(c -> c.name().startsWith("CAS’")));
    }

    @Test
    void mrAndATownsShortWordStandInsideARussianEnvoysTitle() {
        List<Candidate> found = run("Также выступил Генеральный консул Республики Корея в г.Алматы г-н Пак Нэчхон. На "
                + "мероприятии присутствовали: руководитель Представительства МИД г.Алматы Бакытжан Ергалиевич "
                + "Булегенов; Генеральный консул Исламской Республики Иран в г. Алматы г-н Фагани Мохсен и другие.");
        Candidate park = find(found, ActorType.PERSON, "Пак Нэчхон");
        assertEquals("KR", park.country());
        assertEquals("консул Республики Корея в г.Алматы", park.role());
        assertEquals("IR", find(found, ActorType.PERSON, "Фагани Мохсен").country());
    }

    @Test
    void aBodysLargeHallIsARoomOfIt() {
        List<Candidate> found = run("С 21 по 23 сентября в Большом зале Национальной библиотеки РК в рамках 30 – летия "
                + "установления дипломатических отношений между Республикой Казахстан и Республикой Корея, состоялся "
                + "кинофестиваль «Дни Корейского кино в г. Алматы».");
        assertTrue(has(found, ActorType.ORGANISATION, "Национальная библиотека РК"));
        assertFalse(found.stream().anyMatch(c -> c.name().contains("зал")));
    }

    private static final String SUKHUMI = "В Сухумском госуниверситете состоялась презентация аудитории Махтумкули Фраги\n"
            + "В одном из крупных вузов Тбилиси - Сухумском государственном университете состоялось открытие "
            + "специальной аудитории Махтумкули Фраги. Презентация аудитории была организована Посольством Туркменистана "
            + "в Грузии при активном содействии вуза.\nПолпред Туркменистана в Грузии Д.Сейитмаммедов отметил, что "
            + "неотъемлемой составляющей современного туркмено-грузинского межгосударственного диалога является "
            + "культурно-гуманитарная сфера.";

    @Test
    void aStateBodysNameShortenedWithGosIsTheSameBody() {
        List<Candidate> found = run(SUKHUMI);
        assertEquals(1, found.stream().filter(c -> c.name().startsWith("Сухумский")).count());
    }

    @Test
    void aPlenipotentiaryRepresentativeIsOfTheStateThatSendsHim() {
        assertEquals("TM", find(run(SUKHUMI), ActorType.PERSON, "Д.Сейитмаммедов").country());
    }

    @Test
    void theUnitedKingdomAndAnEnvoysRankAreNoOnesNames() {
        List<Candidate> found = run("ДУШАНБЕ, 11.02.2019 /НИАТ «Ховар»/. Встреча Чрезвычайного и Полномочного Посла "
                + "Республики Таджикистан в Соединённом Королевстве Великобритании и Северной Ирландии Масъуда "
                + "Халифазода, руководителя департамента Среднего Востока и Центральной Азии Колин Бейкер и "
                + "руководителя департамента Азии и Африки Библиотеки Британии Луизы Элен Менгони состоялась 4 февраля в "
                + "Лондоне.");
        assertFalse(found.stream().anyMatch(c -> c.name().contains("Чрезвычайного")));
        assertFalse(found.stream().anyMatch(c -> c.name().contains("Королевстве")));
    }

    @Test
    void aFirstNameAndPatronymicMatchingEarlierInitialsAddressThatPerson() {
        List<Candidate> found = run("Ректор Кыргызско-Турецкого университета «Манас» Алпаслан Жейлан и первый проректор "
                + "Кулмырзаев А.А. посетили ОшГУ с рабочим визитом. Их принял ректор К.Г. Кожобеков.\nА в своем "
                + "выступлении Кудайберди Гапаралиевич поздравил коллегу с успехами в рейтинге.");
        assertTrue(has(found, ActorType.PERSON, "К.Г. Кожобеков"));
        assertFalse(found.stream().anyMatch(c -> c.name().contains("Гапаралиевич")));
    }

    @Test
    void aShortKoreanSurnameBeforeAHyphenedGivenNameIsSomeone() {
        List<Candidate> found = run("Помимо этого, руководитель отдела международных связей и образования университета "
                + "Со Кан-Сок выступил с инициативой развивать сотрудничество в рамках проектов KOICA.");
        assertTrue(has(found, ActorType.PERSON, "Со Кан-Сок"));
    }
}
