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

/** Russian and Kazakh short ministries, branches, compounds, centres and people, in sentences as published. */
class RussianKazakhBodiesTest {

    @Test
    void aShortMinistryKeepsItsSecondFieldAndARussianCompoundIsRussias() {
        List<Candidate> found = run("Проект реализуют Росконцерт при поддержке Минкультуры и спорта Казахстана и "
                + "Министерства культуры РФ.");
        assertEquals("KZ", find(found, ActorType.ORGANISATION, "Минкультуры и спорта Казахстана").country());
        assertEquals("RU", find(found, ActorType.ORGANISATION, "Росконцерт").country());
        assertFalse(has(found, ActorType.ORGANISATION, "Минкультуры"), names(found).toString());
    }

    @Test
    void aBranchAndADepartmentAreBodies() {
        List<Candidate> found = run("В вечере принял участие председатель Самаркандского областного отделения Русского "
                + "культурного центра Республики Узбекистан Юрий Огнев, приветствовавший артистов и зрителей.");
        assertEquals("Самаркандское областное отделение Русского культурного центра Республики Узбекистан",
                find(found, ActorType.PERSON, "Юрий Огнев").affiliation());
        found = run("Как сообщает kultura.uz, организаторами мероприятия выступили Центр культуры и досуга населения им. "
                + "Амира Темура совместно с областным отделением Русского культурного центра РУз при поддержке "
                + "Самаркандского городского отдела по делам культуры и спорта.");
        find(found, ActorType.ORGANISATION, "Самаркандский городской отдел по делам культуры и спорта");
    }

    @Test
    void aForeignPoetessIsOfHerNation() {
        List<Candidate> found = run("Гвоздем программы стало выступление российской поэтессы Ирины Алексеевой, которая "
                + "неоднократно обращалась в своем творчестве к теме Самарканда.");
        assertEquals("RU", find(found, ActorType.PERSON, "Ирина Алексеева").country());
    }

    @Test
    void anInitialInARussianLetterIsTheKazakhOne() {
        List<Candidate> found = run("Жинақты түрік тіліне әйгілі ақын Әли Акбаш аударған. Ол алдағы ұрпақтың болашағы "
                + "тәуелсіз елде өрбитінін жорамалдап кеткен», - дейді А.Акбаш.");
        find(found, ActorType.PERSON, "Әли Акбаш");
        assertFalse(has(found, ActorType.PERSON, "А.Акбаш"), names(found).toString());
    }

    @Test
    void aNationsCentreInTwoWordsGathersItAbroad() {
        List<Candidate> found = run("Өзбек жастары қазақтың ұлы ойшылы Абай туралы өздерінің ана тілінде шығарма жазады.\n"
                + "Көрші елдегі Қазақ ұлттық мәдени орталығы ақынның 175 жылдығына орай осындай конкурс жариялап отыр.");
        Candidate centre = found.stream().filter(c -> c.name().endsWith("Қазақ ұлттық мәдени орталығы")).findFirst()
                .orElseThrow(() -> new AssertionError(names(found).toString()));
        assertEquals("UZ", centre.country());
    }

    @Test
    void aGatheringNamedByItsTitleIsAnEvent() {
        List<Candidate> found = run("Бұл туралы Алматыда өткен «Түбі бір түркі әдебиеті» атты жиында мәлім болды.");
        assertEquals(ActorType.EVENT, found.stream().filter(c -> c.name().contains("Түбі бір түркі әдебиеті"))
                .findFirst().orElseThrow(() -> new AssertionError(names(found).toString())).type());
    }
}
