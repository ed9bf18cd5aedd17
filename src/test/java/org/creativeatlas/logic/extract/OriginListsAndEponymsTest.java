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
 * Countries listed after "from" as where guests come from, universities named by an acronym and whom they are named
 * after, a Kazakh state acronym declined after a hyphen, a bare field opening a Kazakh body's name, webinars, a venue's
 * state for an event held there, a title's last field before a name, and an untitled kind of event that closes a
 * titled event's name.
 */
class OriginListsAndEponymsTest {

    @Test
    void countriesListedAsWhereStudentsComeFromDoNotPlaceTheText() {
        List<Candidate> found = run("От Монголии до Австралии\n\nНеважно, на каком языке ты говоришь, главное, чтобы "
                + "мысли были позитивными и продуктивными. Это стало лейтмотивом дискуссионной площадки с участием "
                + "студентов из Австралии, Монголии, Германии и других стран.\nНа базе научно-образовательного центра "
                + "«Зияткер» ВКГУ им. С. Аманжолова состоялся круглый стол «Мы разные, но равные» с участием иностранных "
                + "студентов. Они прибыли по обмену из разных стран. Многие из них впервые увидели Казахстан.\n– Мы "
                + "постарались создать условия, чтобы ребятам было легче общаться друг с другом в неформальной обстановке, "
                + "познавать казахстанские традиции и делиться культурой своих стран, – сказала инициатор встречи "
                + "начальник отдела международного сотрудничества ВКГУ, магистр педагогики и психологии Динара Сапарова.");
        assertEquals("KZ", find(found, ActorType.PERSON, "Динара Сапарова").country());
        assertEquals("KZ", find(found, ActorType.ORGANISATION, "ВКГУ им. С. Аманжолова").country());
    }

    @Test
    void aFestivalThatBroughtArtistesFromSeveralCountriesIsNotPlacedInTheFirst() {
        List<Candidate> found = run(" date 2025-09-23\nA delegation of the Tajik theatre is on a working visit to "
                + "Kazakhstan now.\n\nLeading soloists of the Tajik Opera, Maria Mirzoeva and Manuchehr Rakhmonov, "
                + "performed at the 14th DosStar Open Festival of Operetta and Musical Theatre, which brought together "
                + "artistes from Russia, Hungary, Uzbekistan and Azerbaijan.");
        Candidate festival = found.stream().filter(c -> c.type() == ActorType.EVENT && c.name().contains("DosStar"))
                .findFirst().orElseThrow(() -> new AssertionError(names(found).toString()));
        assertFalse("RU".equals(festival.country()), festival.toString());
    }

    @Test
    void aUniversityNamedByItsAcronymKeepsWhomItIsNamedAfterWithTwoInitials() {
        List<Candidate> found = run("2 ноября в рамках визита в Чувашскую Республику Генеральный консул Республики "
                + "Туркменистан в Российской Федерации Байрамов Атадурды Халдурдыевич встретился с ректорами двух "
                + "крупнейших вузов республики.\nГенконсул поблагодарил ректора ЧГПУ им. И.Я. Яковлева Владимира Иванова и "
                + "ректора ЧГУ им. И.Н. Ульянова Андрея Александрова за теплое отношение к студентам из Туркменистана.\n"
                + "Кроме того, Генконсул встретился со студентами, обучающимися ЧГПУ и ЧГУ.");
        assertEquals("ЧГПУ им. И.Я. Яковлева",
                find(found, ActorType.PERSON, "Владимир Иванов").affiliation());
        assertEquals("ЧГУ им. И.Н. Ульянова", find(found, ActorType.PERSON, "Андрей Александров").affiliation());
        assertFalse(has(found, ActorType.PERSON, "И.Я. Яковлева") || has(found, ActorType.PERSON, "Я. Яковлева"),
                names(found).toString());
        assertFalse(has(found, ActorType.ORGANISATION, "ЧГПУ") || has(found, ActorType.ORGANISATION, "ЧГУ"),
                names(found).toString());
    }

    @Test
    void aUniversityAcronymNamedAfterSomeoneIsNoKazakhLegalForm() {
        List<Candidate> found = run("Конференция в КРСУ\n\nСо словами приветствия к участникам обратились ректор КРСУ, "
                + "академик Владимир Нифадьев, Атташе по образованию и науке Посольства РФ в Кыргызстане Роберт Федоров, "
                + "профессора КРСУ Мамед Тагаев и Амангельды Бекбалаев, доцент КГУ им. И. Арабаева Токон Орусбаева.");
        assertEquals("KG", find(found, ActorType.ORGANISATION, "КГУ им. И. Арабаева").country());
    }

    @Test
    void aStateAcronymDeclinedAfterAHyphenOwnsTheBodyAndPlacesIt() {
        List<Candidate> found = run("Абай мұрасы\n\nКонференцияға алыс және таяу шет елдердің танымал ғалымдары мен "
                + "мәдениет қайраткерлері қатысады. Атап айтқанда:\n\n- АҚШ-тың Оңтүстік Каролина университетінің "
                + "қауымдастырылған профессоры – Анна Олдфилд;");
        assertEquals("US", find(found, ActorType.ORGANISATION, "Оңтүстік Каролина университеті").country());
        assertEquals("US", find(found, ActorType.PERSON, "Анна Олдфилд").country());
    }

    @Test
    void aKazakhInstituteForMultilingualEducationAndAWebinarAreFound() {
        List<Candidate> found = run("Түркі әлемінің цифрлық азаматтығы\n\n2021 жылғы 28 мамырда Қырғызстан-Түркия "
                + "Манас университеті ректорының шақыруымен Абай атындағы Қазақ ұлттық педагогикалық университетінің "
                + "ғылыми жұмыс және цифрландыру жөніндегі проректорының м.а. Сахиев Саябек, Филология және көптілді "
                + "білім беру институты директоры Алуа Таңжарықова, Шығыс филологиясы және аударма кафедрасының "
                + "меңгерушісі Кульсун Абдрахманова «Түркі әлемінің цифрлық азаматтығы» тақырыбындағы халықаралық "
                + "вебинарға қатысты.");
        assertEquals("Филология және көптілді білім беру институты",
                find(found, ActorType.PERSON, "Алуа Таңжарықова").affiliation());
        find(found, ActorType.PERSON, "Сахиев Саябек");
        find(found, ActorType.EVENT, "«Түркі әлемінің цифрлық азаматтығы» тақырыбындағы халықаралық вебинар");
    }

    @Test
    void anEventHeldInAPartOfABodyIsInThatBodysState() {
        List<Candidate> found = run(" date 2023-05-08\nRepresentatives of the scientific intelligentsia of Turkmenistan "
                + "and Tajikistan discussed prospects for the development of cooperation\n\nOn May 08, 2023, in the "
                + "Presidium of the National Academy of Sciences of Tajikistan, a round table was held on the topic "
                + "“Development of scientific and technical cooperation between scientific institutions of the Republic "
                + "of Tajikistan and Turkmenistan: problems and prospects”.\nThe forum was attended by representatives of "
                + "the academic intellectuals of Turkmenistan and the Republic of Tajikistan. A representative delegation "
                + "of Turkmenistan headed by the President of the Academy of Sciences of Turkmenistan A.Ashirov arrived in "
                + "Dushanbe to participate in the current event.");
        Candidate table = found.stream().filter(c -> c.type() == ActorType.EVENT).findFirst()
                .orElseThrow(() -> new AssertionError(names(found).toString()));
        assertEquals("TJ", table.country(), table.toString());
    }

    @Test
    void aTitlesLastFieldIsNoFirstName() {
        List<Candidate> found = run("Tajik opera in Karaganda\n\nDeputy Director for International Relations and "
                + "Commerce Tahmina Safarzoza discussed the new agreements with her Kazakh colleagues.");
        find(found, ActorType.PERSON, "Tahmina Safarzoza");
        assertFalse(found.stream().anyMatch(c -> c.name().startsWith("Commerce")), names(found).toString());
    }

    @Test
    void anUntitledKindOfEventInTheHeadlineIsTheTitledEventItCloses() {
        List<Candidate> found = run("Абай Құнанбаевтың 175 жылдығына арналған онлайн Халықаралық ғылыми-практикалық "
                + "конференциясы өтеді\n\nҚымбатты достар! 2020 жылдың 19 қарашасында Құрманғазы атындағы Қазақ ұлттық "
                + "консерваториясында Абай Құнанбаевтың 175 жылдығына арналған «Абайдың Рухани мұрасы және қазіргі "
                + "заманғы өнертанудың өзекті мәселелері» атты онлайн Халықаралық ғылыми-практикалық конференция өтеді.");
        List<Candidate> events = found.stream().filter(c -> c.type() == ActorType.EVENT).toList();
        assertEquals(1, events.size(), names(found).toString());
        assertEquals("«Абайдың Рухани мұрасы және қазіргі заманғы өнертанудың өзекті мәселелері» атты онлайн Халықаралық "
                + "ғылыми-практикалық конференция", events.get(0).name());
    }
}
