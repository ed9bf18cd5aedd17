package org.creativeatlas.logic.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.creativeatlas.logic.extract.ExtractorFixture.find;
import static org.creativeatlas.logic.extract.ExtractorFixture.has;
import static org.creativeatlas.logic.extract.ExtractorFixture.run;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

class PartnerListsTest {

    @Test
    void anEnglishItemFollowedByItsCountryInBracketsIsABodyButAListedCityIsNot() {
        var found = run("The participants of the agreement are Sabah Lab (Azerbaijan), HTP (Kyrgyzstan), Bilisim Vadisi "
                + "(Turkey), Bilkent Cyberpark (Turkey), and IT Park Uzbekistan (Uzbekistan).");
        find(found, ActorType.ORGANISATION, "Bilisim Vadisi");
        find(found, ActorType.ORGANISATION, "Bilkent Cyberpark");
        found = run("These include the capitals of the CIS countries—Astana, Bishkek, Dushanbe, and Tashkent—as well as "
                + "cities such as Ankara (Turkiye), Lanzhou (China), Ulaanbaatar (Mongolia), and others.");
        assertFalse(has(found, ActorType.ORGANISATION, "Lanzhou"));
    }

    @Test
    void russianListIsSplitIntoItsActors() {
        var found = run("Партнерами проекта стали: Ассоциация дизайнеров Казахстана, Namba Group и Аман Тентиев, "
                + "\"Санарип 50+\", Кыргызская академия образования.");
        find(found, ActorType.ORGANISATION, "Ассоциация дизайнеров Казахстана");
        find(found, ActorType.ORGANISATION, "Namba Group");
        find(found, ActorType.PERSON, "Аман Тентиев");
        find(found, ActorType.ORGANISATION, "Санарип 50+");
        find(found, ActorType.ORGANISATION, "Кыргызская академия образования");
    }

    @Test
    void englishAndKazakhListsToo() {
        var found = run("Partners include the Almaty Film School, the British Council, Kino Lab and Eurasia Foundation.");
        find(found, ActorType.ORGANISATION, "Almaty Film School");
        find(found, ActorType.ORGANISATION, "British Council");
        find(found, ActorType.ORGANISATION, "Eurasia Foundation");
        found = run("Серіктестер: «Шабыт» қоры, Қазақ ұлттық өнер университеті және Astana Hub технопаркі.");
        find(found, ActorType.ORGANISATION, "«Шабыт» қоры");
        find(found, ActorType.ORGANISATION, "Қазақ ұлттық өнер университеті");
        find(found, ActorType.ORGANISATION, "Astana Hub");
    }

    @Test
    void countriesInAListAreNoActorsAndABadlyQuotedNameIsNoPerson() {
        var found = run("Artists from Turkey, Bulgaria, Russia and Kazakhstan took part.");
        assertFalse(found.stream().anyMatch(c -> c.name().equals("Bulgaria")), found.toString());
        found = run("Партнеры: Озоновый центр, Национальная Академия \"Манас\" и Чынгыза Айтматова\", Союз банков.");
        assertFalse(has(found, ActorType.PERSON, "Чынгыза Айтматова"), found.toString());
    }

    @Test
    void whatADashIntroducesInAPrizeListIsAWorkNotAPartner() {
        var found = run("Участники, получившие призы национального конкурса:\n"
                + "- лучший фильм — «Базар», продюсер и режиссер Томирис Орозоева;\n"
                + "- лучшая режиссура — «Дорога», режиссер Толомуш Жаныбеков;\n"
                + "- специальный приз жюри — «В первый раз», Мээрим Догдурбекова;");
        assertFalse(has(found, ActorType.ORGANISATION, "Базар"), found.toString());
        assertFalse(has(found, ActorType.ORGANISATION, "Дорога"), found.toString());
        assertFalse(has(found, ActorType.ORGANISATION, "В первый раз"), found.toString());
        find(found, ActorType.PERSON, "Мээрим Догдурбекова");
    }

    @Test
    void aKazakhListEndsAtSuchAs() {
        var found = run("Айтысқа Мақсат Аханов, Дәурен Ақсақалов, Бауыржан Шимерденұлы, Еркебұлан Қайназаров, Анапия "
                + "Нұрғали сынды елге белгiлi жыр дүлділдері қатысады деп күтiлуде.");
        find(found, ActorType.PERSON, "Анапия Нұрғали");
    }

    @Test
    void theLastNameOfAListMayOpenTheRestOfTheSentence() {
        var found = run("Balmuzdaq.plus авторлары: Сұңғат Анапия, Алина Жартиева, Заңғар Омардың қазылар алқасына "
                + "айтқан сөзінен үзінді — бұл.");
        find(found, ActorType.PERSON, "Алина Жартиева");
        find(found, ActorType.PERSON, "Заңғар Омар");
    }

    @Test
    void aForeignBodysParticleAndAListedPersonsNeighbourBeforeTheirCountries() {
        var found = run("Piccolo Teatro di Milano (Italy), Meno Fortas (Lithuania), TR Warsawa (Poland), Beijing People's "
                + "Arts Theater (China), the Lensovet Saint Petersburg Academic Theatre (Russia), Nakamura Gekijo "
                + "(Japan) are among those attending.");
        assertEquals("IT", find(found, ActorType.ORGANISATION, "Piccolo Teatro di Milano").country());
        assertEquals("LT", find(found, ActorType.ORGANISATION, "Meno Fortas").country());
        find(found, ActorType.ORGANISATION, "TR Warsawa");
        found = run("At the grand gala concert, opera fans will meet Honored Artists Tural Agasiyev (Azerbaijan), "
                + "Saifullo Yusupov (Tajikistan), Kirill Borchaninov (Uzbekistan), and international competition "
                + "laureates Tair Tazhi (Kazakhstan), Pavel Yankovsky (Russia), and Tuncay Kurtoglu (Turkey).");
        assertEquals("TR", find(found, ActorType.PERSON, "Tuncay Kurtoglu").country());
        assertFalse(has(found, ActorType.ORGANISATION, "Tuncay Kurtoglu"));
    }
}
