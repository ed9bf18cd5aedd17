package org.creativeatlas.logic.extract;

import static org.creativeatlas.logic.extract.ExtractorFixture.find;
import static org.creativeatlas.logic.extract.ExtractorFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

/** Whose the people of a story are when its lead tells of a visit abroad, from published news items. */
class LeadVisitTest {

    @Test
    void theCastOfAFilmTheHeadlineSaysIsFromAbroadIsOfItsCountry() {
        List<Candidate> found = run("Film from Kyrgyzstan included in program of CIS Film Festival\n\n"
                + "13:22, 13 декабря 2021, Bishkek - news agency , Anastasia MOKRENKO\n\n"
                + "The feature film «Akyrky Koch» (The Road to Eden) was included in the program of the International "
                + "Film Festival of the Commonwealth Countries Moscow Premiere, which will be held on December 17-21 "
                + "in Moscow. Kyrgyzfilm film studio named after Tolomush Okeyev informed news agency.\n\n"
                + "The film stars Marat Alyshpaev, Shaiyrgul Kasymalieva, Busurman Odurakaev, Anara Azhikanova, Kalipa "
                + "Usenova, Omurzak Toktomuratov. Elnura Osmonalieva is the co-producer of the film.");
        assertEquals("KG", find(found, ActorType.PERSON, "Marat Alyshpaev").country());
        assertEquals("KG", find(found, ActorType.PERSON, "Elnura Osmonalieva").country());
        assertEquals("RU", find(found, ActorType.EVENT,
                "International Film Festival of the Commonwealth Countries Moscow Premiere").country());
    }

    @Test
    void theDirectorsOfAForeignFilmFestivalAreOfTheNationItsHeadlineNames() {
        List<Candidate> found = run("В двух крупнейших городах Киргизии пройдёт Фестиваль российского кино\n\n"
                + "03.04.2024 Пресс-служба Роскино\n\n"
                + "С 11 по 14 апреля 2024 года в Киргизии пройдет Фестиваль российского кино 2024, организованный "
                + "РОСКИНО при поддержке Минкультуры России и Фонда кино. Мероприятие состоится в двух городах – "
                + "Бишкеке, официальной столице республики, и «южной столице» Оше, крупнейшем городе на юге страны.\n\n"
                + "В программу фестиваля вошли пять самых ярких российских новинок, снятых в последние годы: "
                + "военно-историческая драма «Воздух» режиссера Алексея Германа-младшего (2023 год), первый в истории "
                + "«космический» фильм «Вызов», снятый на МКС Климом Шипенко (2023 год), сказка «По щучьему велению» "
                + "Александра Войтинского (2023 год), семейная комедия «Чебурашка» режиссера Дмитрия Дьяченко (2022 "
                + "год) и фильм-катастрофа «Снегирь» Бориса Хлебникова (2023 год).");
        assertEquals("RU", find(found, ActorType.PERSON, "Дмитрий Дьяченко").country());
        assertEquals("RU", find(found, ActorType.PERSON, "Борис Хлебников").country());
    }

    @Test
    void aNationalityInTheStoryRatherThanTheHeadlineMakesNoGuest() {
        List<Candidate> found = run("Safeguarding of ICH in Kyrgyzstan\n\n29 November 2012\n\n"
                + "Five days training workshop was organized in Bishkek by the UNESCO Almaty Cluster Office in "
                + "cooperation with the National Commission of the Kyrgyz Republic for UNESCO, under the financial "
                + "support of the Norwegian Ministry of Foreign Affairs.\n\n"
                + "The training was opened by Mr Kudaibergen Bazarbaev, the Deputy Minister of Culture and Tourism of "
                + "Kyrgyzstan and closed by Mr. Sultan Raev, the Chairperson of the National Commission of Kyrgyzstan "
                + "for UNESCO and the special advisor to the President.");
        assertEquals("KG", find(found, ActorType.PERSON, "Sultan Raev").country());
    }
}
