package org.creativeatlas.logic.extract;

import static org.creativeatlas.logic.extract.ExtractorFixture.find;
import static org.creativeatlas.logic.extract.ExtractorFixture.names;
import static org.creativeatlas.logic.extract.ExtractorFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

/** Kazakh people after a title in the bare plural or a prize's holder, and no one's name opened by a declined word. */
class KazakhPeopleAfterTitlesTest {

    @Test
    void aPrizesHolderIsNamedAfterTheWordForIt() {
        List<Candidate> found = run("Естай атындағы мәдениет сарайында айтыскер, ақын, «Алтын домбыра» иегері Аспанбек Шұғатайдың "
                + "«Баян. Мен. Таулар» атты жаңа кітабының тұсауы кесілді. Кеш шымылдығы «Ұлылар ұлағатын "
                + "ұлықтау» қойылымымен ашылды. Ақын Бұқар жырау Қалқаманұлына, Мәшһүр Жүсіп Көпейұлына, "
                + "Сұлтанмахмұт Торайғыровқа арналған өлеңдерін оқыды.");
        find(found, ActorType.PERSON, "Аспанбек Шұғатай");
    }

    @Test
    void singersListedUnderATitleInTheBarePluralAreEachSomeone() {
        List<Candidate> found = run("Көрермендер алдында белгілі әншілер Тоқтар Серік пен Еркін Нұржан өнер көрсетсе, қарағандылық "
                + "ақын Дидар Қами кеш иесімен сөз сайыстырды.");
        find(found, ActorType.PERSON, "Тоқтар Серік");
        find(found, ActorType.PERSON, "Еркін Нұржан");
        find(found, ActorType.PERSON, "Дидар Қами");
    }

    @Test
    void aWordInTheLocativeOrGenitiveOpensNoOnesName() {
        List<Candidate> consul = run("Ескерткішті орнату жөнінде бастамашының бірі Қазақстанның Харьковтағы Құрметті консулы Эмин "
                + "Наджафлидің еңбегі айрықша атап өтті.");
        assertTrue(consul.stream().noneMatch(x -> x.name().startsWith("Харьковтағы")), names(consul).toString());
        assertEquals("бастамашының бірі Қазақстанның Харьковтағы Құрметті консулы",
                find(consul, ActorType.PERSON, "Эмин Наджафли").role());
        List<Candidate> guests = run("Тұсаукесер кешіне Алматыдан ҚР-ның Мәдениет қайраткері Байғали Есеналиев, қазақ әдебиетінің "
                + "маңдайына біткен жарық жұлдызы, ақын Төлеген Айбергеновтың қызы Салтанат Айбергенова, "
                + "Әзірбайжан авторлар қоғамының төрағасы Исмаил Маматкаримов, сазгер Құралай Сәтмұхамбетова, "
                + "ақын Гүлнәр Өмірбек, жазушы Момбек Әбдіәкімұлы, “Дүние таланттары” Одағының төрайымы Дана "
                + "Дәулетова, “Шұғыла” газетінің директоры, журналист Базаркүл Қалбыр, журналист Ділдәгүл "
                + "Нұрмаханбетова және Филармония әншісі Гүлмира Қабылбекова қатысты.");
        assertTrue(guests.stream().noneMatch(x -> x.name().startsWith("ҚР-ның")), names(guests).toString());
        assertEquals("ҚР-ның Мәдениет қайраткері", find(guests, ActorType.PERSON, "Байғали Есеналиев").role());
    }

    @Test
    void aVillagesNameRightAfterATitleIsAFirstName() {
        Candidate envoy = find(run("Ашылу салтанатында Қазақстан елшісі Марғұлан Баймұхан сөз сөйледі."),
                ActorType.PERSON, "Марғұлан Баймұхан");
        assertEquals("Қазақстан елшісі", envoy.role());
        assertEquals("KZ", envoy.country());
    }
}
