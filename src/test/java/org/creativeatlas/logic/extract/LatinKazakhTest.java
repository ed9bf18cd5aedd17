package org.creativeatlas.logic.extract;

import static org.creativeatlas.logic.extract.ExtractorFixture.find;
import static org.creativeatlas.logic.extract.ExtractorFixture.run;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

/** Kazakh written in Latin letters is read by the Kazakh rules and answered in its own spelling and offsets. */
class LatinKazakhTest {

    @Test
    void aTextInTheOfficialLatinAlphabetGivesItsNamesInThatAlphabetAtTheirOffsets() {
        String text = "Vengrııa úkimetiniń komıssary Peter Hoppalmen ótken kezdesýde Qazaqstan men Vengrııa "
                + "arasyndaǵy mádenı jáne gýmanıtarlyq yntymaqtastyqty damytý máseleleri sóz boldy.";
        Candidate body = find(run(text), ActorType.ORGANISATION, "Vengrııa úkimeti");
        assertEquals("HU", body.country());
        Candidate.Span passage = body.passages().get(0);
        assertEquals("Vengrııa úkimetiniń", text.substring(passage.start(), passage.end()));
    }

    @Test
    void aTextInTheInformalLatinOfTheNewsSitesIsReadToo() {
        List<Candidate> found = run("Zanghar jazushynyng mereytoyyna arnalghan búl jiyndy QR Preziydenti "
                + "Ákimshiligining qoldauymen Halyqaralyq Týrki akademiyasy úiymdastyryp otyr.");
        find(found, ActorType.ORGANISATION, "Halyqaralyq Týrki akademiyasy");
        find(found, ActorType.ORGANISATION, "QR Preziydenti Ákimshiligi");
        // Abai.kz: «Qazaqstangha» is the dative of a place, not the end of the name before it
        found = run("Ázerbayjan preziydenti Iliham Áliyevting Qazaqstangha resmy sapary barysynda Memleket basshysy "
                + "Qasym-Jomart Toqaev eki elding qarym-qatynasyn nyghaytuda mәdeniyet salasyndaghy ózara is-qimyl "
                + "erekshe ról atqaratynyn atap ótti.");
        assertEquals("AZ", find(found, ActorType.PERSON, "Iliham Áliyev").country());
    }

    @Test
    void englishAndRussianTextsAreReadAsTheyAre() {
        assertNull(LatinKazakh.of("Astana Opera's soloists Zhupar Gabdullina and Medet Chotabayev will perform "
                + "at the Qazaq Concert hall."));
        assertNull(LatinKazakh.of("В Астане прошёл фестиваль «Ruhani Jańǵyrý»."));
    }

    @Test
    void quotedTitlesListedBeforeAPluralPutInTheNominativeAreReadWithoutFailing() {
        // a published sentence whose plural «sharalary» is named in the singular, so the quotation no longer
        // opens the name and the titles listed before it cannot share its tail
        String text = "Uıymdastyrylǵan konferensııada «Ortalyqtyń 30 jylda atqarǵan ıgi sharalary», «Qazaqstan men "
                + "О́zbekstan arasyndaǵy yńtymaqtastyqtyń keleshegi» atty taqyryptar qozǵaldy.";
        List<Candidate> found = assertDoesNotThrow(() -> run(text));
        assertTrue(found.stream().noneMatch(c -> c.name().contains("keleshegi") && c.name().contains("shara")),
                found.toString());
    }

    @Test
    void aLetterWithACombiningAcuteIsTheMarkedLetter() {
        // «О́zbekstan» as published: a Cyrillic О and a combining acute for the Latin Ó
        Candidate university = find(run("Konferensııa M.Ulyqbek atyndaǵy О\u0301zbekstan ulttyq ýnıversıtetiniń "
                + "prorektory Hıkmat Sabýrovtyń kirispe sózderimen bastaldy."), ActorType.ORGANISATION,
                "M.Ulyqbek atyndaǵy О\u0301zbekstan ulttyq ýnıversıteti");
        assertEquals("UZ", university.country());
    }

    @Test
    void theTurkicStyleAlphabetsWithUmlautsMacronsAndTildesAreReadAndAnsweredInTheirOwnLetters() {
        String text = "Is-sharağa belgili küishi, kompozitor, Qazaqstannyñ eñbek siñirgen qairatkeri Zhangali Zhuzbai, "
                + "QR Mädeniet qairatkeri Tolğanbai Sembaev, Qazaqstannyñ eñbek siñirgen qairatkerleri Qūmarbek "
                + "Qalqatai, Klara Tölenbaeva, QR Mädeniet salasynyñ üzdigi Qairat Aitbaev jäne Perizat Tūrarova, "
                + "halyqaralyq jäne respublikalyq baiqaulardyñ laureattary Dinislambek Jailaubai, Aizat Qarabek, "
                + "«Daryn» jastar syilyğynyñ iegerleri Ardaq Eleusiz, Asqar Mūqiyat pen respublikalyq baiqaulardyñ "
                + "laureaty Aman Säduov qatysty. Kesh soñynda bügingi sharanyñ körermenderi atynan jazushy Tūrsyn "
                + "Jūrtbai men QR Parlament mäjilisiniñ deputaty Janarbek Äshimjan  söilep, öleñ oqydy.";
        List<Candidate> found = run(text);
        assertEquals("KZ", find(found, ActorType.PERSON, "Zhangali Zhuzbai").country());
        find(found, ActorType.PERSON, "Qūmarbek Qalqatai");
        find(found, ActorType.PERSON, "Tūrsyn Jūrtbai");
        find(found, ActorType.PERSON, "Janarbek Äshimjan");
        // a role reaches back over no one before «пен» or a surname's comma
        assertEquals("respublikalyq baiqaulardyñ laureaty", find(found, ActorType.PERSON, "Aman Säduov").role());
        assertEquals("halyqaralyq jäne respublikalyq baiqaulardyñ laureaty",
                find(found, ActorType.PERSON, "Dinislambek Jailaubai").role());
        Candidate.Span passage = find(found, ActorType.PERSON, "Dinislambek Jailaubai").passages().get(0);
        assertEquals("Dinislambek Jailaubai", text.substring(passage.start(), passage.end()));
        found = run("Mausymaşar keşte Qazaqstannyŋ eŋbek sıŋırgen ärtısı Maira Mūhamedqyzy, Qazaqstannyŋ eŋbek "
                + "sıŋırgen qairatkerlerı – Altynai Jorabaeva, Aigül Qosanova, Mädeniet salasynyŋ üzdıgı – Seken "
                + "Syzdyq, halyqaralyq jäne respublikalyq baiqaulardyŋ laureattary – Ainūr Qonysbaeva, Perizat "
                + "Tūrarova, Jaqsygeldı Maiasarov, Säulejan Taǧziia, Özgerıs Şerıkbai, Nūrjan Meiırhan sekıldı elge "
                + "tanymal öner ielerınıŋ oryndauyndaǧy halyq änderı ūlttyq muzykaǧa susap qalǧan körermenderdı äserlı "
                + "küige böledı.");
        find(found, ActorType.PERSON, "Özgerıs Şerıkbai");
        find(found, ActorType.PERSON, "Nūrjan Meiırhan");
    }

    @Test
    void turkishAndAzerbaijaniWithTheirOwnMarksAreNoKazakh() {
        assertFalse(LatinKazakh.is("Türkiye Cumhuriyeti Kültür ve Turizm Bakanlığı, Kazakistan ile işbirliği "
                + "anlaşması imzaladı."));
        assertNull(MarkedLatin.of("Azərbaycan Respublikasının Mədəniyyət Nazirliyi Qazaxıstanla əməkdaşlıq "
                + "haqqında saziş imzaladı."));
    }
}
