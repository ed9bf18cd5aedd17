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

/** Missions' staff, back references to a body by its head alone, and short forms, in sentences as published. */
class MissionStaffAndShortFormsTest {

    private static final String JAPAN_EMBASSY = "23 қыркүйекте ҚР Ұлттық кітапханасына ілтипат білдіріп Қазақстан "
            + "Республикасындағы Жапония Елшілігінің Кеңесшісі дипломатиялық миссия басшысының орынбасары, Томохиро "
            + "Катана мырза, Елшіліктің бірінші хатшысы, мәдени-ақпараттық бөлімінің басшысы Юя Киносита мырза және "
            + "Елшіліктің бірінші хатшысы, экономикалық бөлімінің басшысы Такасигэ Кобаяси мырза келді.\n"
            + "Кездесу барысында Ұлттық кітапхана директоры Б.Қ. Оспанова кітапхананың қызметі туралы әңгімелеп берді.";

    @Test
    void aRoleOpeningWithTheEmbassyAloneIsOfTheEmbassyNamedBefore() {
        List<Candidate> found = run(JAPAN_EMBASSY);
        String embassy = "Қазақстан Республикасындағы Жапония Елшілігі";
        Candidate secretary = find(found, ActorType.PERSON, "Юя Киносита");
        assertEquals(embassy, secretary.affiliation());
        assertEquals("JP", secretary.country());
        assertEquals("Елшіліктің бірінші хатшысы, мәдени-ақпараттық бөлімінің басшысы", secretary.role());
        Candidate second = find(found, ActorType.PERSON, "Такасигэ Кобаяси");
        assertEquals("Елшіліктің бірінші хатшысы, экономикалық бөлімінің басшысы", second.role());
        assertEquals("JP", second.country());
    }

    @Test
    void aNameSetOffByACommaAfterItsTitleIsAPersonWhenMrFollowsIt() {
        Candidate counsellor = find(run(JAPAN_EMBASSY), ActorType.PERSON, "Томохиро Катана");
        assertEquals("JP", counsellor.country());
        assertEquals("Қазақстан Республикасындағы Жапония Елшілігі", counsellor.affiliation());
    }

    @Test
    void aBareHeadIsTheSameBodyAsItsPossessiveForm() {
        List<Candidate> found = run(JAPAN_EMBASSY);
        assertEquals("ҚР Ұлттық кітапханасы", find(found, ActorType.PERSON, "Б.Қ. Оспанова").affiliation());
        assertFalse(has(found, ActorType.ORGANISATION, "Ұлттық кітапхана"), names(found).toString());
    }

    @Test
    void aConsulatesNameHoldsItsCityAndStateAndItsStaffAreOfThatState() {
        List<Candidate> found = run("Әл-Фараби атындағы ҚазҰУ-дың бірінші проректоры М. Бүркітбаев, Ланчжоу "
                + "университетінің ректоры Ваң Чың, ҚХР Алматы қаласындағы бас консулдың орынбасары Дың Сиан Лиң, ҚХР "
                + "Алматы қаласындағы бас консулдығының мәдениет және оқу-ағарту ісі бойынша вице-консулы Гао Чэн "
                + "кездесті.");
        String consulate = "ҚХР Алматы қаласындағы бас консулдығы";
        assertEquals("KZ", find(found, ActorType.ORGANISATION, consulate).country());
        Candidate viceConsul = find(found, ActorType.PERSON, "Гао Чэн");
        assertEquals(consulate, viceConsul.affiliation());
        assertEquals("CN", viceConsul.country());
        assertEquals("мәдениет және оқу-ағарту ісі бойынша вице-консулы", viceConsul.role());
    }

    @Test
    void aMinistrysShortNameAfterAReportingVerbIsAnActorNotAByline() {
        find(run("Как сообщили в Минкультуры, в мероприятии приняли участие первый заместитель министра культуры, "
                + "информации, спорта и молодежной политики Чынгыз Эсенгул уулу, мэр Бишкека Айбек Джунушалиев, а также "
                + "президент Фонда тюркской культуры и наследия Актоты Раимкулова."), ActorType.ORGANISATION,
                "Минкультуры");
    }

    @Test
    void aForeignMinistrysShortNameWithItsStateIsTheMinistry() {
        List<Candidate> found = run("В презентации приняли участие сотрудники МИД Австрии, магистрата г. Вены, а также "
                + "члены Австрийского общества.");
        assertEquals("AT", find(found, ActorType.ORGANISATION, "МИД Австрии").country());
    }
}
