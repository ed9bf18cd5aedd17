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
 * Plays on a playbill and their authors, a body's short and formal names as one, ministries named by a minister's
 * field, spelling slips in a person's name, winners of shared places and the «атты» a Kazakh title keeps.
 */
class PlaybillsMissionsAndWinnersTest {

    @Test
    void aPlaybillLineNamesAPerformanceAndItsAuthorIsAPerson() {
        List<Candidate> found = run("Труппа Западно-Казахстанского областного казахского драматического театра имени "
                + "Хадиши Бокеевой приезжает с гастролями в Петропавловск.\n4 ноября, в 19.00 часов – реквием "
                + "Рахимжана Отарбаева «Хан Жәңгір», (режиссер Муқанғали Томанов).\n5 ноября в 19.00 часов – лирическая "
                + "драма Чингиза Айтматова «Арманым – Әселім» режиссер (Талгат Теменов)\n6 ноября в 19.00 часов – "
                + "Ақұштап Бақтыгереева, поэтическая драма Мадины Омаровой «Жұбан» (режиссер Гауһар Адай).");
        find(found, ActorType.EVENT, "реквием «Хан Жәңгір»");
        find(found, ActorType.EVENT, "лирическая драма «Арманым – Әселім»");
        find(found, ActorType.EVENT, "поэтическая драма «Жұбан»");
        find(found, ActorType.PERSON, "Рахимжан Отарбаев");
        find(found, ActorType.PERSON, "Мадина Омарова");
    }

    @Test
    void aFilmsGenreOffAPlaybillNamesNoEvent() {
        List<Candidate> found = run("В программу фестиваля вошли пять самых ярких российских новинок, снятых в "
                + "последние годы: военно-историческая драма «Воздух» режиссера Алексея Германа-младшего (2023 год), "
                + "первый в истории «космический» фильм «Вызов», снятый на МКС Климом Шипенко (2023 год), сказка «По "
                + "щучьему велению».");
        assertFalse(found.stream().anyMatch(c -> c.type() == ActorType.EVENT), names(found).toString());
    }

    @Test
    void anOrchestraNamedAfterItsHallAndAnEmbassyNamedShortAreOneBodyEach() {
        List<Candidate> found = run("The Embassy of the Republic of Kazakhstan in Malaysia, in cooperation with the Kuala "
                + "Lumpur City Hall, organized a unique fusion concert of Kazakh and Malaysian folk art. In turn, the "
                + "Kuala Lumpur City Hall Folk Orchestra presented vibrant examples of Malaysian musical art. Dedicated to "
                + "the 35th anniversary of the Sovereignty of the Republic of Kazakhstan, the concert became a cultural "
                + "bridge between the two countries, bringing together more than 400 friends of the Embassy of Kazakhstan "
                + "in Malaysia.");
        find(found, ActorType.ORGANISATION, "Kuala Lumpur City Hall Folk Orchestra");
        find(found, ActorType.ORGANISATION, "Embassy of the Republic of Kazakhstan in Malaysia");
        assertFalse(has(found, ActorType.ORGANISATION, "Embassy of Kazakhstan in Malaysia"), names(found).toString());
        assertFalse(has(found, ActorType.ORGANISATION, "Folk Orchestra"), names(found).toString());
    }

    @Test
    void anAmbassadorWhoSaidSomethingIsTheMissionsAndAnAcronymSkipsWhomABodyIsNamedAfter() {
        List<Candidate> found = run("On 7 April, the Day of Culture of Kazakhstan was hosted by the Embassy of "
                + "Kazakhstan in the UK at Victoria Embankment Gardens, one of the central parks in London. In his welcome "
                + "remarks, Ambassador Idrissov said that the Day of Culture of Kazakhstan in London was an important "
                + "step towards the popularisation of Kazakh culture in the world.");
        assertEquals("KZ", find(found, ActorType.PERSON, "Idrissov").country());
        List<Candidate> knu = run("On June 3, 2025 the Rector of the Kyrgyz National University named after Jusup "
                + "Balasagyn, Professor Dogdurbek Chontoev, met with the newly appointed Ambassador of the Republic of "
                + "Turkey to Kyrgyzstan. He noted the successful cooperation between the KNU and Turkish universities.");
        find(knu, ActorType.ORGANISATION, "Kyrgyz National University named after Jusup Balasagyn");
        assertFalse(has(knu, ActorType.ORGANISATION, "KNU"), names(knu).toString());
    }

    @Test
    void aMinistersFieldBeforeTheTitleNamesTheMinistryButARankDoesNot() {
        List<Candidate> found = run("The event was attended byAzerbaijan Culture Minister Adil Karimli, Culture Minister "
                + "of Tajikistan Matlubakhon Sattoriyon, the Azerbaijani Ambassador to Tajikistan Alimirzamin Asgarov, as "
                + "well as representatives of the diplomatic corps in Dushanbe.");
        find(found, ActorType.ORGANISATION, "Culture Ministry of Tajikistan");
        assertEquals("Culture Ministry of Tajikistan",
                find(found, ActorType.PERSON, "Matlubakhon Sattoriyon").affiliation());
        List<Candidate> prime = run("The First Deputy Prime Minister of Kyrgyzstan Daniyar Amangeldiev also attended "
                + "the event.");
        assertFalse(names(prime).stream().anyMatch(n -> n.contains("Prime Ministry")), names(prime).toString());
    }

    @Test
    void aNameSpeltWithOneVowelForAnotherIsTheSamePerson() {
        List<Candidate> found = run("Three classically-trained American musicians and music teachers, Derek Beckvold, "
                + "Peter Thoreson, and Avery Waite performed a holiday concert at Magtymguly Turkmen Musical and Drama "
                + "Theatre. The vocal group of the National Conservatory of Turkmenistan under the guidance of Peter "
                + "Thoresen performed Christmas songs.");
        assertEquals("US", find(found, ActorType.PERSON, "Peter Thoreson").country());
        assertFalse(has(found, ActorType.PERSON, "Peter Thoresen"), names(found).toString());
    }

    @Test
    void byelorussiaAndATelevisionArePlacedAndNamed() {
        List<Candidate> found = run("«The light thief» was highly appreciated by following experts: Elena Stishova "
                + "(Russia), Vida Jonson (USA), Alla Bobkova (Byelorussia), Uzbek director Ali Hamraev and others. During "
                + "the event were shown videos about the life of Magtymguly Fragi and a documentary about Turkmenistan "
                + "prepared by the Romanian National Television.");
        assertEquals("BY", find(found, ActorType.PERSON, "Alla Bobkova").country());
        find(found, ActorType.ORGANISATION, "Romanian National Television");
    }

    @Test
    void theWinnersOfAPlaceMayBeIntroducedByWhereTheyComeFromAndShareIt() {
        List<Candidate> found = run("Байқау нәтижесінде І орынды жалағаштық Пірмахан Кенжебек алса, ІІ орынды Қазалы "
                + "ауданынан келген Шөмекей Рүстем иеленді. Ал ІІІ орынды жаңақорғандық жас күйшілер Әлмахан Сері мен "
                + "Назерке Жәнібек, Сырдария ауданынан келген Қайбулла Ерсұлтан алды.");
        for (String winner : List.of("Пірмахан Кенжебек", "Шөмекей Рүстем", "Әлмахан Сері", "Назерке Жәнібек",
                "Қайбулла Ерсұлтан")) {
            find(found, ActorType.PERSON, winner);
        }
        List<Candidate> uzbek = run("Жүлделі бірінші орынды Өзбекстан Республикасының қатысушысы Дмитрий Власов "
                + "\"Гончар\" қиял-ғажайып ертегісімен алды.");
        assertEquals("UZ", find(uzbek, ActorType.PERSON, "Дмитрий Власов").country());
    }

    @Test
    void aKazakhTitleKeepsItsAttyAndALatinBelarusIsAState() {
        List<Candidate> found = run("Биыл да ұлттық домбыра күні қарсаңында аудандық мәдениет және тілдерді дамыту "
                + "бөлімінің ұйымдастыруымен онлайн форматта облыстық \"Күй күмбірі\" атты жас күйшілер байқауы өтті.");
        find(found, ActorType.EVENT, "\"Күй күмбірі\" атты жас күйшілер байқауы");
        List<Candidate> latin = run("10 qarashada Almaty qalasy Ortalyqtandyrylǵan kitaphana júıesine qarasty Qazaqstan "
                + "jazýshylar kitaphanasynda «Ádebıet mádenı fenomen retinde. TMD elderiniń mádenıeti men "
                + "shyǵarmashylyǵy» atty halyqaralyq dóńgelek ústel ótti, dep jazady assembly.kz.\nİs-sharaǵa M.Áýezov "
                + "atyndaǵy Ádebıet jáne óner ınstıtýtynyń bas dırektory K.Matyjanov, TMD elderiniń ókilderi: jazýshy, "
                + "«Hýdojestvennaıa lıteratýra» baspasynyń bas redaktory Georgıı Práhın, Belarýs Respýblıkasynan "
                + "«Zvázda» parlamenttik gazeti men baspa úıiniń bas redaktory Ales Karlúkevıch qatysyp, Qazaqstan "
                + "jazýshylary odaǵynyń múshelesi, jazýshy Nurdáýlet Aqysh, RÝDN kafedrasy meńgerýshisiniń orynbasary "
                + "Galaı Karına, jazýshy Saıat Qamshyger, fılologıa ǵylymdarynyń doktory Álimjan Hamraev, «Qoǵamdyq "
                + "kelisim» RMM respýblıkalyq Dostyq úıiniń qyzmetkeri Jalǵas Shynybekov, aqyn Abashev Aıbol sóz sóılep, "
                + "óz pikirlerin bildirdi.");
        assertEquals("BY", find(latin, ActorType.PERSON, "Ales Karlúkevıch").country());
    }
}
