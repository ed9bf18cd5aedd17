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

/**
 * One straight quote closing two names, a name with its translation, compatriots' bodies abroad, a day of culture in
 * a headline, and a town's department, in sentences as published.
 */
class NestedQuotesAndCompatriotsTest {

    private static final String MOSCOW_EVENING = "Вечер кыргызской культуры состоялся в Москве, в Большом концертном "
            + "зале российской столицы. Его организаторами выступили Региональная общественная организация \"Центр "
            + "содействия развитию русско-кыргызских взаимоотношений \"Мекеним Ала-Тоо\" и департамент национальной "
            + "политики и межрегиональных связей Москвы, во взаимодействии с посольством КР в РФ и Межрегиональной "
            + "общественной организацией \"Кыргыз биримдиги\"-\"Кыргызское единение\".";

    @Test
    void oneStraightMarkClosesTheInnerNameAndTheOuterOne() {
        List<Candidate> found = run(MOSCOW_EVENING);
        find(found, ActorType.ORGANISATION, "Региональная общественная организация \"Центр содействия развитию "
                + "русско-кыргызских взаимоотношений \"Мекеним Ала-Тоо\"");
        find(found, ActorType.ORGANISATION, "Департамент национальной политики и межрегиональных связей Москвы");
        find(found, ActorType.ORGANISATION, "Посольство КР в РФ");
    }

    @Test
    void aNameAndItsTranslationJoinedByAHyphenAreOneName() {
        List<Candidate> found = run(MOSCOW_EVENING);
        find(found, ActorType.ORGANISATION,
                "Межрегиональная общественная организация \"Кыргыз биримдиги\"-\"Кыргызское единение\"");
        assertFalse(has(found, ActorType.ORGANISATION, "Кыргызское единение"), names(found).toString());
    }

    @Test
    void anEveningOfANationsCultureIsAnEventHeldAwayFromTheNation() {
        Candidate evening = find(run(MOSCOW_EVENING), ActorType.EVENT, "Вечер кыргызской культуры");
        assertEquals("RU", evening.country());
    }

    @Test
    void aCultureDayOpeningTheHeadlineIsAnEvent() {
        List<Candidate> found = run("День культуры Кыргызстана прошел в Москве\n\n1 марта на площадке Московского "
                + "государственного строительного университета (НИУ МГСУ) состоялся вечер, посвященный культуре "
                + "Кыргызской Республики.");
        assertEquals("RU", find(found, ActorType.EVENT, "День культуры Кыргызстана").country());
    }

    @Test
    void compatriotsGatheredAbroadAreWhereTheyLive() {
        List<Candidate> found = run("День культуры Кыргызстана прошел в Москве\n\nВечер организовало Кыргызское "
                + "землячество НИУ МГСУ при поддержке Посольства Кыргызской Республики в Российской Федерации.");
        Candidate compatriots = find(found, ActorType.ORGANISATION, "Кыргызское землячество НИУ МГСУ");
        assertEquals("RU", compatriots.country());
    }

    @Test
    void aNationsAutonomyInARussianRegionIsARussianBody() {
        List<Candidate> found = run("Она организована по инициативе Рязанской местной узбекской национально-культурной "
                + "автономии «Алмаз» в рамках межкультурного диалога «Грани дружбы», приуроченного к Году культуры в "
                + "России и Году содружества национальных культур в г. Рязани. Открыла выставку председатель "
                + "постоянной комиссии по вопросам гражданского общества и межнационального взаимодействия Общественной "
                + "палаты Рязанской области, главный редактор газеты «Рязанские ведомости» Галина Зайцева.\n"
                + "Как было сказано, сегодня в Рязани трудится большое число трудовых мигрантов из Узбекистана.");
        Candidate autonomy = find(found, ActorType.ORGANISATION,
                "Рязанская местная узбекская национально-культурная автономия «Алмаз»");
        assertEquals("RU", autonomy.country());
        assertEquals("RU", find(found, ActorType.PERSON, "Галина Зайцева").country());
    }

    @Test
    void aNameWithItsKindInBracketsAndATownsDepartmentAreBodies() {
        List<Candidate> found = run("24 мая в «Маркази Фарханг» (Культурный центр) г. Ходжента состоялся "
                + "музыкально-литературный вечер, посвящённый 180-летию Великого русского композитора Модеста "
                + "Петровича Мусоргского. Организаторами мероприятия выступили: РЦНК г. Ходжента, Детская музыкальная "
                + "школа им. Боймухаммада Ниязова при поддержке отдела культуры администрации г. Ходжента.");
        find(found, ActorType.ORGANISATION, "«Маркази Фарханг» (Культурный центр)");
        find(found, ActorType.ORGANISATION, "Отдел культуры администрации г. Ходжента");
        find(found, ActorType.PERSON, "Модест Петрович Мусоргский");
    }

    @Test
    void aWeekdayEndsAVenuesNameAndAPossessiveOpensNoFieldList() {
        List<Candidate> found = run("Turkmenistan Culture Minister Atagely Shamuradov is scheduled to attend an opening "
                + "ceremony, which will be held at Vahdat Hall on Sunday, Iran’s Islamic Culture and Relations "
                + "Organization (ICRO) announced on Thursday.");
        find(found, ActorType.ORGANISATION, "Vahdat Hall");
        assertTrue(names(found).stream().noneMatch(n -> n.contains("Sunday")), names(found).toString());
    }

    @Test
    void aPersonBeforeAndClosesNoBodysFieldList() {
        List<Candidate> found = run("Nurbek Satvaldiev delivered the welcoming speeches to the Kyrgyz people from "
                + "Speaker of the Jogorku Kenesh of the Kyrgyz Republic Nurlanbek Shakiev and IPA CIS Council Secretary "
                + "General Dmitriy Kobitskiy.");
        find(found, ActorType.PERSON, "Nurlanbek Shakiev");
        assertTrue(names(found).stream().noneMatch(n -> n.contains("Shakiev and")), names(found).toString());
    }

    @Test
    void aTeamsQuotedNameAndATownsNameAsAFirstName() {
        List<Candidate> found = run("Exhibition of Kyrgyz painters to open in Almaty\n\nThe exhibition of creative "
                + "team «New Wave» (Kyrgyzstan) will be opened on April 26 in Almaty. Its manager Cholpon Tentieva "
                + "told.\n\nAccording to her, the active participants of «New Wave» team appeared in the late 1980s "
                + "Zhylkychy Zhakypov, Yuristanbek Shygaev, Talant Ogobaev, Erkin Saliev, Talgat Asyrankulov together "
                + "with the paintings by Naryn Turpanov, Evgeny Boykov, Sansyz Mirziraimova.");
        assertEquals("KG", find(found, ActorType.ORGANISATION, "Team «New Wave»").country());
        find(found, ActorType.PERSON, "Naryn Turpanov");
        assertTrue(found.stream().noneMatch(c -> c.type() == ActorType.EVENT), names(found).toString());
    }
}
