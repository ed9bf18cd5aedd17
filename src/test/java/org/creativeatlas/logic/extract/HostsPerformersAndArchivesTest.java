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
 * Where an embassy stands, a nation in a person's title, a concert's performer, a publishing house's founder, Russia's
 * republics and regional cities, and words that name no one, in sentences as published.
 */
class HostsPerformersAndArchivesTest {

    private static final String BERLIN = "On the initiative of the Embassy of the Republic of Tajikistan and in "
            + "cooperation with the Berlin Cultural Foundation, a cultural event entitled \"The Scent of the Muliyan "
            + "Stream. From Zoroaster to Modernity\" was held at the diplomatic mission with the participation of "
            + "writers, orientalists and lovers of the Tajik language and culture.\nThe conference was opened by the "
            + "Ambassador of Tajikistan to Germany, Imomudin Sattorov, who in his speech noted the initiatives of the "
            + "President of the Republic of Tajikistan, Honorable Emomali Rahmon, in the field of culture. The "
            + "Ambassador also stated that these events are proof of the Government of Tajikistan's constant efforts "
            + "to develop national culture.\nRenowned German Orientalist Professor Udo Steinbach, who headed the "
            + "German Institute of Oriental Studies for many years (1976-2006), delivered an informative speech on the "
            + "role and status of Tajik poetry.";

    @Test
    void anEmbassyWithNoHostInItsNameStandsInTheOtherStateTheTextNames() {
        assertEquals("DE", find(run(BERLIN), ActorType.ORGANISATION, "Embassy of the Republic of Tajikistan").country());
    }

    @Test
    void aNationBeforeAPersonsProfessionIsTheirs() {
        assertEquals("DE", find(run(BERLIN), ActorType.PERSON, "Udo Steinbach").country());
    }

    @Test
    void anOwnerIsNamedWithoutItsPossessive() {
        List<Candidate> found = run(BERLIN);
        find(found, ActorType.ORGANISATION, "Government of Tajikistan");
        assertTrue(names(found).stream().noneMatch(n -> n.endsWith("'s")), names(found).toString());
    }

    @Test
    void aLibraryAndArchivesAreOneBody() {
        List<Candidate> found = run("“Ruhnama” (The Book of the Soul), a book written by Saparmurat Niyazov, will be "
                + "introduced in a special meeting, which is to be organized at the National Library and Archives of "
                + "Iran.");
        assertEquals("IR", find(found, ActorType.ORGANISATION, "National Library and Archives of Iran").country());
        assertFalse(has(found, ActorType.ORGANISATION, "National Library"), names(found).toString());
    }

    @Test
    void aConcertsPerformerIsAnActorToo() {
        List<Candidate> found = run("1 сентября Самарканд ждёт одно из самых ярких событий этой осени — большой "
                + "концерт Андреа Бочелли на площади Регистан! Великий тенор современности впервые выступит на одной "
                + "из самых красивых сцен мира.");
        find(found, ActorType.PERSON, "Андреа Бочелли");
    }

    @Test
    void aPublishingHousesFounderIsNoPartOfItsName() {
        List<Candidate> found = run("Among those invited were the founder of the Assouline Publishing house Prosper "
                + "Assouline; the deputy executive director of the Art and Culture Development Foundation under the "
                + "Ministry of Culture of the Republic of Uzbekistan Gayane Umerova.");
        find(found, ActorType.PERSON, "Prosper Assouline");
        find(found, ActorType.ORGANISATION, "Assouline Publishing house");
    }

    @Test
    void aRussianRepublicsUniversityIsRussian() {
        List<Candidate> found = run("Карачаево-Черкесский государственный университет имени У. Д. Алиева учредил "
                + "стипендию имени Махтумкули Фраги для иностранных студентов.\nВ год 300-летия со дня рождения "
                + "Махтумкули Фраги — великого туркменского поэта и мыслителя, решено установить стипендию его имени.");
        assertEquals("RU", find(found, ActorType.ORGANISATION,
                "Карачаево-Черкесский государственный университет имени У. Д. Алиева").country());
    }

    @Test
    void aRepublicBeforeADashPlacesThePersonAfterIt() {
        List<Candidate> found = run("The round table was attended by scholars of the Republic of Kazakhstan and "
                + "Russia.\n\nRepublic of Ingushetia (Magas) – SAMPIEV Israpil Magometovich\n\nStavropol Territory "
                + "(Pyatigorsk) – Asiyat Kazievna BOTASHEVA\n\nAs well as members of the Assembly of People of "
                + "Kazakhstan and employees of the House of Friendship in Almaty, Kazakhstan.");
        assertEquals("RU", find(found, ActorType.PERSON, "Sampiev Israpil Magometovich").country());
    }

    @Test
    void aPlaceAfterInIsNoPartOfARole() {
        Candidate chairman = find(run("В рамках рабочей поездки в ЗКО председатель правления АО «Самрук-Қазына» "
                + "Нурлан Жакупов вместе с акимом региона Нариманом Турегалиевым ознакомился с ходом ремонтных работ."),
                ActorType.PERSON, "Нурлан Жакупов");
        assertEquals("председатель правления АО «Самрук-Қазына»", chairman.role());
    }

    @Test
    void aStreetAndFatherFrostAreNoOne() {
        List<Candidate> found = run("The exhibit will be open for public until December 31 in the Gallery of the Union "
                + "of Artists of the Kyrgyz Republic at 78 Pushkina Str.\nВ центре внимания были этнографические куклы "
                + "в старинных костюмах, вязаные игрушки, в том числе коллекция Дедов Морозов разных стран.");
        assertTrue(found.stream().noneMatch(c -> c.type() == ActorType.PERSON), names(found).toString());
    }

    @Test
    void anotherPartyAfterANameOrAPlaceAndABodyNamedBeforeAreNoPartOfIt() {
        List<Candidate> found = run("Ассоциацая учреждена сообществом студентов Кыргызстана в Японии, при поддержке "
                + "Посольства Кыргызстана в Японии, организации JASSO, Университета Цукуба и партнеров Посольства.\n"
                + "Активные участники «Праздника дыни» будут награждены ценными призами хокимията Хорезмской области и "
                + "спонсоров в различных номинациях.");
        find(found, ActorType.ORGANISATION, "Университет Цукуба");
        find(found, ActorType.ORGANISATION, "Хокимият Хорезмской области");
        assertFalse(has(found, ActorType.ORGANISATION, "Посольство"), names(found).toString());
        assertTrue(names(found).stream().noneMatch(n -> n.contains("партнер") || n.contains("спонсор")),
                names(found).toString());
    }

    @Test
    void twoPostsJoinedByADashAreOneRoleAndTheMinistryIsTheSecond() {
        List<Candidate> found = run("Қырғызстанда қазақстандық техникалық жоғары оқу орындарының филиалдарын ашу "
                + "жоспарлануда. Бұл туралы ҚР Премьер-Министрінің орынбасары – Сыртқы істер министрі Мұрат Нұртілеу "
                + "Бішкекте өткен баспасөз мәслихатында мәлімдеді.");
        Candidate minister = find(found, ActorType.PERSON, "Мұрат Нұртілеу");
        assertEquals("ҚР Премьер-Министрінің орынбасары – Сыртқы істер министрі", minister.role());
        assertEquals("KZ", minister.country());
        assertEquals("KZ", find(found, ActorType.ORGANISATION, "Сыртқы істер министрлігі").country());
    }

    @Test
    void aCityAfterAFestivalsQuotedTitleSaysWhereItIsHeld() {
        List<Candidate> found = run("Кездесуде тараптар «Жібек жолының інжу-маржаны» Ташкент халықаралық кинофестивалін "
                + "өткізу, Өзбекстан киносы күндерін Қазақстанда өткізу, сондай-ақ «Көршілер» фильмін бірлесіп түсіру "
                + "бойынша ынтымақтастық мәселелерін талқылады.");
        assertEquals("UZ", find(found, ActorType.EVENT,
                "«Жібек жолының інжу-маржаны» Ташкент халықаралық кинофестивалі").country());
    }

    @Test
    void aBodyFromAStatesSideIsThatStates() {
        List<Candidate> found = run("Іс-шараға Қазақстан тарапынан Мәдениет және ақпарат министрлігі Архив, құжаттама "
                + "және кітап ісі комитеті төрағасының орынбасары Роллан Құспан және Қазақстан Республикасының Гуанчжоу "
                + "қаласындағы бас консулы Уәлихан Сәрсембеков қатысты.");
        assertEquals("KZ", find(found, ActorType.ORGANISATION, "Мәдениет және ақпарат министрлігі").country());
        assertEquals("KZ", find(found, ActorType.PERSON, "Роллан Құспан").country());
    }

    @Test
    void aUniversityOfAChineseCityIsChinese() {
        List<Candidate> found = run("Бүркітбаев мырза мен Ланчжоу университетінің ректоры Ваң Чың мырза да екі "
                + "мемлекет арасындағы байланыстың жылдан-жылға нығайып келе жатқанын атап өтті.");
        assertEquals("CN", find(found, ActorType.ORGANISATION, "Ланчжоу университеті").country());
    }
}
