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
 * Where a role or a body's name stops before the next clause or person, a third name word set off by commas, an
 * event only placed somewhere, a body named after someone in the genitive, Kazakh schools named by number, a Tajik
 * executive organ of state power, and a surname-first name after a department.
 */
class ClausesEponymsAndNumberedSchoolsTest {

    @Test
    void aRoleStopsBeforeAnotherClauseOrAnotherPerson() {
        List<Candidate> found = run("29th June: With the help of felt clothing designer Aidai Asangulova and Nurjamal "
                + "Asangulova we met Maksat Çakiev, the deputy minister of culture and he agreed to help us with venues "
                + "in the various places we were scheduled to perform.");
        assertEquals("deputy minister of culture", find(found, ActorType.PERSON, "Maksat Çakiev").role());
        List<Candidate> lane = run("Chris Lane, Head of Partnerships at London Met and Hande Diker, “Creative Spark” "
                + "Manager who were involved in the project said they would meet every Monday for 6 months over the "
                + "video conference to work on the project.");
        assertEquals("Head of Partnerships at London Met", find(lane, ActorType.PERSON, "Chris Lane").role());
    }

    @Test
    void aPersonBeforeAndClosesTheListOfABodysName() {
        List<Candidate> found = run("The exhibition was organized at the initiative of the Embassy of Tajikistan in China "
                + "and the Center for the Study of History of Tajikistan at the Shaanxi Pedagogical University. "
                + "Tajikistan's Ambassador to China Parviz Davlatzoda and Shaanxi Pedagogical University officials "
                + "participated in the event.");
        find(found, ActorType.PERSON, "Parviz Davlatzoda");
        assertFalse(found.stream().anyMatch(c -> c.name().contains("Davlatzoda and")), names(found).toString());
    }

    @Test
    void aThirdNameWordSetOffAfterABodysTitleIsTheNamesButNotInAListOfPrizes() {
        List<Candidate> found = run("Chairman of the Yangcheon Culture Foundation, Chun Dong Hee, praised the "
                + "professionalism of the Kazakh performers and stressed that such joint projects deepen mutual "
                + "understanding and friendship between the countries.");
        find(found, ActorType.PERSON, "Chun Dong Hee");
        List<Candidate> prizes = run("In the main competition 10 films, claiming prizes in the following categories: "
                + "Grand Prix, Best Director, Best Actor, Best Actress, Special Jury Prize, will take part.");
        assertFalse(prizes.stream().anyMatch(c -> c.type() == ActorType.PERSON), names(prizes).toString());
    }

    @Test
    void anEventOnlySaidToBeHeldInAStateIsNotNamed() {
        List<Candidate> found = run("Бишкекский городской драмтеатр участвует в международном фестивале в Турции\n\n"
                + "Бишкекский городской драматический театр имени Арсена Умуралиева представит страны Центральной Азии на "
                + "международном фестивале, который проходит 3-12 июня в Денизли (Турция).");
        find(found, ActorType.ORGANISATION, "Бишкекский городской драматический театр имени Арсена Умуралиева");
        assertFalse(found.stream().anyMatch(c -> c.type() == ActorType.EVENT), names(found).toString());
    }

    @Test
    void aCapitalisedBodyIsNamedAfterAManInTheGenitive() {
        List<Candidate> found = run("В Баку состоялось открытие Дней культуры Узбекистана\nВ Центре Гейдара Алиева в "
                + "Баку 14 декабря состоялась церемония открытия Дней культуры Узбекистана в Азербайджане.");
        find(found, ActorType.ORGANISATION, "Центр Гейдара Алиева");
        assertFalse(has(found, ActorType.PERSON, "Гейдара Алиева"), names(found).toString());
    }

    @Test
    void aKazakhSchoolIsNamedByItsNumberAndABodyByItsQuoteRegionAndLegalForm() {
        List<Candidate> found = run("Жыр жарысына аудандық кезеңде 300-ден аса шәкірт қатысқан. Соның ішінде №270 "
                + "мектептің оқушысы Абылайхан Қарынбаев (І орын), жетекшісі Несібелі Омарова, №47 мектеп-лицейдің "
                + "шәкірті Аружан Бағдатқызы (ІІ орын), жетекшісі Райхан Қалыбаева және №46 мектеп-лицейдің білім "
                + "алушысы Бейбіт Әмірбай (ІІІ орын), жетекшісі Айзат Динбаева.");
        find(found, ActorType.ORGANISATION, "№270 мектеп");
        find(found, ActorType.ORGANISATION, "№47 мектеп-лицей");
        assertEquals("№46 мектеп-лицей", find(found, ActorType.PERSON, "Бейбіт Әмірбай").affiliation());
        List<Candidate> darhyn = run("Қатысушыларға қазақ ұлттық өнер университеінің профессоры, жырау Алмасбек "
                + "Алматов, облыстық білім басқармасының «Дарын» облыстық КМҚК директоры Қарлығаш Ақышева, «Рухани "
                + "жаңғыру» орталығының бөлім басшысы Серікбай Қосанов,Қорқыт ата атындағы ҚМУ дәстүрлі өнер "
                + "институтының директоры Ғани Байұлов, М.Мәметова атындағы педагогикалық жоғары колледжі директорының "
                + "орынбасары Гүлзира Бахадүрова қазылық етеді.");
        assertEquals("«Дарын» облыстық КМҚК", find(darhyn, ActorType.PERSON, "Қарлығаш Ақышева").affiliation());
    }

    @Test
    void aTajikExecutiveOrganOfStatePowerIsABodyInEitherCase() {
        List<Candidate> found = run("Об этом сообщает НИАТ «Ховар» со ссылкой на Исполнительный орган государственной "
                + "власти Согдийской области.");
        find(found, ActorType.ORGANISATION, "Исполнительный орган государственной власти Согдийской области");
        List<Candidate> lower = run("Организаторами выступили Таджикское общество дружбы и культурных связей с "
                + "зарубежными странами, Русский центр Таджикского национального университета, представительство "
                + "Россотрудничества в Таджикистане и исполнительный орган государственной власти г. Нурека.");
        find(lower, ActorType.ORGANISATION, "исполнительный орган государственной власти");
        assertFalse(lower.stream().anyMatch(c -> c.name().startsWith("Орган")), names(lower).toString());
    }

    @Test
    void aSurnameFirstNameAfterTheHeadOfADepartmentIsAPerson() {
        List<Candidate> found = run("The delegation of the Tajik National University, led by the head of the "
                + "educational department Qosimzoda Soleh, is on an official visit to China.");
        find(found, ActorType.PERSON, "Qosimzoda Soleh");
        assertFalse(has(found, ActorType.ORGANISATION, "Qosimzoda Soleh"), names(found).toString());
    }
}
