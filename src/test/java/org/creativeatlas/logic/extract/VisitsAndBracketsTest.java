package org.creativeatlas.logic.extract;

import static org.creativeatlas.logic.extract.ExtractorFixture.find;
import static org.creativeatlas.logic.extract.ExtractorFixture.names;
import static org.creativeatlas.logic.extract.ExtractorFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

/** Who travels where, whom people act for and what a bracket says of them, in sentences as published. */
class VisitsAndBracketsTest {

    private static final String CREATIVE_WEEK = "Карагандинка Ирина Харитонова представит Казахстан на Российской "
            + "креативной неделе\nАктуальным вопросом в Казахстане является развитие креативных индустрий. В марте 2021 "
            + "года создан Проектный офис по развитию креативных индустрий, который стал межведомственной площадкой для "
            + "выработки государственной политики по развитию креативной экономики. Была принята программа развития на "
            + "2022-25 годы.\nПо специальному приглашению Ирина Харитонова (Караганда, Казахстан) - член Совета по "
            + "развитию креативных индустрий при министерстве Культуры и спорта РК выступит спикером фест-форума "
            + "«Российская креативная неделя» в рамках панельной сессии «креативные индустрии: Новая Геометрия "
            + "Партнерских Альянсов». Форум пройдет в Москве, в парке имени М. Горького, c 7 по 10 июля 2022 г. Среди "
            + "спикеров также выступят Александр Жаров (Генеральный директор АО «Газпром-Медиа Холдинг»), Михаил "
            + "Садченков (Генеральный директор «Национальный бренд»), Леонардо Мирелес (Шеф редактор агенства "
            + "Metropoles, Бразилия), Павел Павленко (Генеральный директор завода «Октава») и др.";

    @Test
    void aNationsAdjectiveOpeningWhereOneGoesMakesNoGuests() {
        List<Candidate> found = run(CREATIVE_WEEK);
        assertEquals("KZ", find(found, ActorType.PERSON, "Ирина Харитонова").country());
        assertEquals("KZ", find(found, ActorType.ORGANISATION, "Проектный офис по развитию креативных индустрий")
                .country());
        assertEquals("RU", find(found, ActorType.ORGANISATION, "Парк имени М. Горького").country());
        // «спикером» is a title in the instrumental, no adjective of the forum (found by importing the page)
        find(found, ActorType.EVENT, "Фест-форум «Российская креативная неделя»");
    }

    @Test
    void aStateClosingABracketAfterANameIsThePersons() {
        assertEquals("BR", find(run(CREATIVE_WEEK), ActorType.PERSON, "Леонардо Мирелес").country());
    }

    @Test
    void aBodyAttachedToALowerCaseMinistryKeepsIt() {
        find(run(CREATIVE_WEEK), ActorType.ORGANISATION,
                "Совет по развитию креативных индустрий при министерстве Культуры и спорта РК");
    }

    @Test
    void peopleActingOnBehalfOfABodyAreItsAndItsStates() {
        List<Candidate> found = run("It was attended by 18 leading universities from Uzbekistan, Turkey, Kazakhstan, "
                + "Kyrgyzstan, Azerbaijan, and Hungary, as well as representatives of relevant ministries and the "
                + "diplomatic corps. Vali Yodgarov, Vice-Rector for Finance and Economic Affairs, and Javlonbek Madatov, "
                + "Head of the Department for the Organization of International Cooperation, participated on behalf of "
                + "the National University of Uzbekistan.");
        for (String name : List.of("Vali Yodgarov", "Javlonbek Madatov")) {
            Candidate p = find(found, ActorType.PERSON, name);
            assertEquals("National University of Uzbekistan", p.affiliation());
            assertEquals("UZ", p.country());
        }
    }

    @Test
    void anIslamicRepublicsConsulIsItsEnvoy() {
        List<Candidate> found = run("2025 жылғы 15 қазан күні Фараби атындағы Қазақ ұлттық университетінде (ҚазҰУ) "
                + "университет ректоры Жансейіт Түймебаев пен Алматы қаласындағы Иран Ислам Республикасының Бас консулы "
                + "Суна Ахмади, сондай-ақ Иран Мәдени орталығының басшысы Хұсейн Ағазаде арасында ресми кездесу өтті.");
        assertEquals("IR", find(found, ActorType.PERSON, "Суна Ахмади").country());
    }

    @Test
    void aKazakhTitleOnItsTopicNamesTheEvent() {
        List<Candidate> found = run("Нұр-Сұлтан қаласының Достық үйінің «Жыр» орталығында «Манас – жаһандану "
                + "бастауы» тақырыбында халықаралық онлайн-конференциясы өтті.");
        assertTrue(found.stream().anyMatch(c -> c.type() == ActorType.EVENT && c.name().startsWith("«Манас – жаһандану "
                + "бастауы»") && c.name().contains("конференция")), names(found).toString());
    }
}
