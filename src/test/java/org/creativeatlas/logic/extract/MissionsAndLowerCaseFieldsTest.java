package org.creativeatlas.logic.extract;

import static org.creativeatlas.logic.extract.ExtractorFixture.find;
import static org.creativeatlas.logic.extract.ExtractorFixture.names;
import static org.creativeatlas.logic.extract.ExtractorFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

/**
 * A mission named by its state's seat and by its city, the head of "the mission", a nation's cultural centre abroad,
 * a ministry whose field is written in lower case, a Korean name written surname first, and universities named by
 * their acronyms.
 */
class MissionsAndLowerCaseFieldsTest {

    private static final String FORUM = "В Берлине прошёл ежегодный студенческий форум\nВ Берлине прошёл ежегодный "
            + "студенческий форум, сообщает «24KZ». Впервые мероприятие собрало как казахстанских, так и немецких "
            + "студентов и профессоров. Встреча организована посольством Казахстана в Германии совместно с немецким "
            + "университетом имени Гумбольдта.\nВ здании посольства Казахстана в Берлине сегодня особенно многолюдно. "
            + "Здесь проходит 10-й по счёту студенческий форум. Участвуют в нем более 100 человек. Это казахстанцы, "
            + "обучающиеся в вузах Германии, а также немецкие студенты и преподаватели одного из старейших университетов "
            + "Берлина. В таком формате форум проходит впервые. С приветственным словом к участникам обратился глава "
            + "дипмиссии Нурлан Онжанов.";

    @Test
    void anEmbassyNamedByItsStateAndByItsCityIsOneMission() {
        List<Candidate> found = run(FORUM);
        long embassies = found.stream().filter(c -> c.name().startsWith("Посольство Казахстана")).count();
        assertEquals(1, embassies, names(found).toString());
    }

    @Test
    void theHeadOfTheMissionIsOfTheStateItStandsFor() {
        assertEquals("KZ", find(run(FORUM), ActorType.PERSON, "Нурлан Онжанов").country());
    }

    @Test
    void aNationsCulturalCentreIsWhereItGathersThatNation() {
        List<Candidate> found = run("Вчера, 12 июня 2017 г в Кыргызской государственной филармонии им. Т. Сатылганова "
                + "состоялся праздничный концерт ко Дню России, организованный Посольством Российской Федерации и "
                + "Представительством Россотрудничества в Киргизской Республике, а также русским культурным центром "
                + "«Гармония».\n\nПеред концертом в фойе филармонии открылась выставка-ярмарка деревянных изделий "
                + "ручной работы, которую представили ремесленники  организации «Город мастеров» (Барнаул) Виктор Романов "
                + "и Полина Гладких.");
        assertEquals("KG", find(found, ActorType.ORGANISATION, "Русский культурный центр «Гармония»").country());
    }

    @Test
    void aMinistryWhoseFieldIsInLowerCaseIsNamed() {
        List<Candidate> found = run("Photo Exhibition in Luxembourg\n\nEvent was organized by Embassy of Uzbekistan in "
                + "Luxembourg with cooperation with the Ministry of culture and the Ministry for Foreign Affairs of Great "
                + "Duchy of Luxembourg.\n\nAt the opening ceremony of the exhibition, director of the Cultural center "
                + "«Abbaye Neumunster» of the Ministry of culture of Luxembourg K.Frizoni has noted, that this is a "
                + "honour to accept in Luxembourg an exhibition.");
        assertEquals("LU", find(found, ActorType.ORGANISATION, "Ministry of culture of Luxembourg").country());
    }

    @Test
    void aLowerCaseClauseAfterAMinistryIsNoField() {
        List<Candidate> found = run("News\n\nThe Ministry of education and science said so.");
        assertFalse(found.stream().anyMatch(c -> c.name().contains("said")), names(found).toString());
    }

    @Test
    void aKoreanNameWrittenSurnameFirstIsSomeone() {
        List<Candidate> found = run("The Ministry of Culture and the Director of the Korean Organization ICHCAP Discussed "
                + "the Development of Cultural Tourism and Crafts in Kyrgyzstan\nMinister Mambetaliev emphasized the "
                + "importance of the World Nomad Games and suggested that Kim Doksun serve as a speaker at the scientific "
                + "conference that will take place as part of this event.");
        find(found, ActorType.PERSON, "Kim Doksun");
    }

    @Test
    void aUniversitysAcronymIsABodyWhereverItStands() {
        List<Candidate> found = run("Визит в Ош\n\nСегодня ОшГУ принял делегацию Синьцзяньского университета искусств во "
                + "главе с проректором Цюань Лисинем. В ходе визита состоялась встреча гостей с руководством ОшГУ, включая "
                + "ректора Кудайберди Кожобекова.");
        find(found, ActorType.ORGANISATION, "ОшГУ");
    }

    @Test
    void aUniversitysRankBeforeItsOwnAcronymIsNoBody() {
        List<Candidate> found = run("День культуры Кыргызстана прошел в Москве\n\n1 марта на площадке Московского "
                + "государственного строительного университета (НИУ МГСУ) состоялся вечер, посвященный культуре "
                + "Кыргызской Республики.");
        assertFalse(found.stream().anyMatch(c -> c.name().equals("НИУ")), names(found).toString());
    }

    @Test
    void aKazakhAcronymInItsCaseAfterWhomItIsNamedAfterIsTheUniversity() {
        List<Candidate> found = run("ҚазҰУ-да Ланчжоу университетінің өкілдерімен кездесу өтті\nӘл-Фараби атындағы "
                + "ҚазҰУ-дың бірінші проректоры М. Бүркітбаев, Ланчжоу университетінің ректоры Ваң Чың қатысты.");
        assertEquals("Әл-Фараби атындағы ҚазҰУ", find(found, ActorType.PERSON, "М. Бүркітбаев").affiliation());
    }
}
