package org.creativeatlas.logic.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

class LangTest {

    private static Lang of(String text) {
        return Lang.of(text, 0, text.length());
    }

    @Test
    void aRussianSentenceQuotingAKazakhTitleIsRussian() {
        assertEquals(Lang.RU, of("АСТАНА. КАЗИНФОРМ – В Астане 20-22 июня пройдет III международный фестиваль "
                + "искусств «Астана кештері»."));
        assertEquals(Lang.KK, of("АСТАНА. Астанада 20-22 маусымда «Астана кештері» өнер фестивалі өтеді."));
    }

    @Test
    void aKazakhTitleInStraightQuotesLeavesARussianSentenceRussian() {
        String text = "Астана. 5 июня. Kazakhstan Today - Глава государства Нурсултан Назарбаев посетил IV Международный "
                + "фестиваль искусств \"Астана кештері\".";
        assertEquals(Lang.RU, of(text));
        ExtractorFixture.find(ExtractorFixture.run(text), ActorType.EVENT,
                "IV Международный фестиваль искусств \"Астана кештері\"");
    }

    @Test
    void aParagraphThatIsMostlyAQuotedKazakhSpeechIsKazakh() {
        assertEquals(Lang.KK, of("«Халықаралық театр фестивалі Орталық Азия елдері мен Қазақстанның театр өнері "
                + "саласындағы ынтымақтастықты одан әрі нығайтады», – деді ол."));
    }

    @Test
    void aRussianParagraphNamingKazakhsInTheirOwnLettersIsRussian() {
        String text = "В юртах Туркестанской области, где проходят мероприятия, побывали депутаты Мажилиса Парламента РК "
                + "Жанарбек Әшімжан, Қазыбек Иса и другие представители общественности, а также председатель Союза "
                + "писателей тюркских стран Ұлықбек Есдәулет, поэт Мақпал Мыса и другие деятели культуры Казахстана, "
                + "иностранные СМИ и туристы.";
        assertEquals(Lang.RU, of(text));
        List<Candidate> found = ExtractorFixture.run(text);
        ExtractorFixture.find(found, ActorType.ORGANISATION, "Мажилис Парламента РК");
        ExtractorFixture.find(found, ActorType.PERSON, "Қазыбек Иса");
        assertEquals(Lang.KK, of("Форумға Қазақстан Республикасының Мәдениет және ақпарат министрі Аида Балаева, "
                + "Қырғыз Республикасының Мемлекеттік хатшысы Марат Иманқұлов, сондай-ақ екі елдің мәдениет, ғылым және "
                + "шығармашылық саласының өкілдері қатысты."));
    }

    @Test
    void anEnglishParagraphWhoseNamesCarryStrayKazakhLettersIsEnglish() {
        assertEquals(Lang.EN, of("Theater critic, candidate of art history, associate professor, chairman of the "
                + "Association of Theater Critics of the Republic of Kazakhstan – Mұқan Amangeldі Orazbayұly; professor, "
                + "theater critic, doctor of art history, member of the Association of Theater Critics of the Republic "
                + "of Kazakhstan – Nұrpeyіs Baқyt Kәkiқyzy; Honored figure of Kazakhstan – Bakhtygereev Beybіt "
                + "Salauatұly; theater critic, cultural figure of the Russian Federation – Kuznetsova Evgeniya "
                + "Borisovna."));
    }
}
