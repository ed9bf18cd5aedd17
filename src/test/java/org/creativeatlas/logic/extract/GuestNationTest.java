package org.creativeatlas.logic.extract;

import static org.creativeatlas.logic.extract.ExtractorFixture.find;
import static org.creativeatlas.logic.extract.ExtractorFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

class GuestNationTest {

    @Test
    void performersAtDaysOfANationsCultureAreFromThatNationAndTheVenuesAreTheHosts() {
        var found = run("TASHKENT. A gala concert by Roza Baglanova Qazaqconcert state organization opened the Days of "
                + "Kazakhstan Culture in Uzbekistan.\n"
                + "The ensemble Turan performed at the stage of Turkiston Palace in Tashkent. The creative team "
                + "includes talented multi-instrumental musicians: Maksat Medeubek, Serik Nurmoldayev, playing more "
                + "than 30 folk instruments.\n"
                + "The creative teams will continue performing at the Nurafshon Samarkand Palace of Culture in "
                + "Uzbekistan.");
        assertEquals("KZ", find(found, ActorType.ORGANISATION, "Roza Baglanova Qazaqconcert state organization")
                .country());
        assertEquals("KZ", find(found, ActorType.PERSON, "Maksat Medeubek").country());
        assertEquals("KZ", find(found, ActorType.ORGANISATION, "Ensemble Turan").country());
        assertEquals("UZ", find(found, ActorType.ORGANISATION, "Turkiston Palace in Tashkent").country());
        assertEquals("UZ", find(found, ActorType.ORGANISATION, "Nurafshon Samarkand Palace of Culture in Uzbekistan")
                .country());
    }

    @Test
    void aWeekOfANationsCinemaInAFestivalShowsItsFilmsNotItsPeople() {
        var found = run("The First Bishkek International Film Festival was held in Bishkek. The festival program "
                + "included:\n– Turkish Cinema Week\nA hands-on acting workshop was conducted by actor Soji Arai.\n");
        assertEquals("KG", find(found, ActorType.PERSON, "Soji Arai").country());
    }

    @Test
    void aHallAtDaysOfANationsCultureReportedInRussianIsTheHosts() {
        var found = run("В Ашхабаде проходят Дни культуры Республики Казахстан. На сцене Дворца мукамов выступил "
                + "Казахский государственный академический оркестр народных инструментов имени Курмангазы.");
        assertEquals("TM", find(found, ActorType.ORGANISATION, "Дворец мукамов").country());
    }

    @Test
    void theEnsemblesOfADelegationToDaysOfCultureReportedInRussianAreTheGuests() {
        // a published report of days of Uzbek culture in Dushanbe: the troupes came with the delegation
        var found = run("Участники Дней культуры Узбекистана в Таджикистане во главе с министром культуры "
                + "Узбекистана Бахтиёром Сайфуллаевым приехали в Душанбе.\n"
                + "В состав делегации вошли ансамбль «Маком» и танцевальный ансамбль «Тошкент зеболари».\n"
                + "Концерт пройдёт в Большом драматическом театре имени Товстоногова в Душанбе.");
        assertEquals("UZ", find(found, ActorType.ORGANISATION, "Ансамбль «Маком»").country());
        assertEquals("UZ", find(found, ActorType.ORGANISATION, "Танцевальный ансамбль «Тошкент зеболари»").country());
        assertEquals("TJ", find(found, ActorType.ORGANISATION, "Большой драматический театр имени Товстоногова")
                .country());
    }

    @Test
    void aReportThatAlsoSpeaksOfTheReturnVisitFramesNoGuest() {
        var found = run("В Душанбе открылась выставка. Культура Таджикистана будет представлена на Днях культуры "
                + "Таджикистана в Белоруссии в следующем году.\n"
                + "В Таджикистане находятся участники Дней культуры Республики Белоруссия. В программе выступление "
                + "эстрадной группы «Песняры» из Минска.");
        assertEquals("BY", find(found, ActorType.ORGANISATION, "Эстрадная группа «Песняры»").country());
    }

    @Test
    void daysOfANationNameTheirHostAndAHeadlineLeavesTheHostToTheBody() {
        var found = run("Following Sverdlovsk Region Culture Minister Pavel Krekov to Kyrgyzstan, an agreement was "
                + "reached: Kyrgyzstan Days in Sverdlovsk Region in 2014 and Sverdlovsk Region Days in Kyrgyzstan "
                + "in 2015.");
        assertEquals("RU", find(found, ActorType.EVENT, "Kyrgyzstan Days in Sverdlovsk Region").country());
        assertEquals("KG", find(found, ActorType.EVENT, "Sverdlovsk Region Days in Kyrgyzstan").country());
        assertEquals("RU", find(found, ActorType.PERSON, "Pavel Krekov").country());
        found = run("Ashgabat hosted the Culture Days of Tajikistan\n"
                + "Opening of Culture Days of Tajikistan in Turkmenistan took place at the Mukam’s Palace of the "
                + "State Cultural Center. It was held a concert of the Tajik artists.");
        assertEquals("TM", find(found, ActorType.ORGANISATION, "Mukam’s Palace of the State Cultural Center")
                .country());
    }

    @Test
    void russianDaysNamedByTheGuestsAdjectiveMakeItsArtistsGuests() {
        var found = run("20 августа в кинотеатре «Ала-Тоо» торжественно открылись Дни казахстанского кино. Премьеру "
                + "культурного события приурочили к официальному визиту Президента Казахстана Касым-Жомарта Токаева в "
                + "Кыргызстан, передаёт Zontnews.kz. со ссылкой на Kazinform.\nИсполняющий обязанности президента "
                + "киностудии «Казахфильм» Айдар Омаров назвал кино мостом, который соединяет поколения и культуры, а "
                + "актер Бахыт Хаджибаев выразил надежду на рост совместных проектов и признался, что хотел бы сняться "
                + "в кыргызском кино.");
        assertEquals("KZ", find(found, ActorType.PERSON, "Бахыт Хаджибаев").country());
        found = run("В Москве начались дни узбекистанского кино. Организаторами мероприятия выступили «Узбеккино» и "
                + "посольство Узбекистана в Москве. Особый интерес у зрителей вызывает лента «Горячая лепешка» "
                + "режиссера Умида Хамдамова.");
        assertEquals("UZ", find(found, ActorType.PERSON, "Умид Хамдамов").country());
    }
}
