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

/** Numbered schools and whose they are, an edition's year, a state closing a list, and a contest's winners. */
class SchoolsEditionsAndWinnersTest {

    @Test
    void aNumberedSchoolIsABodyAndTheBracketAfterSomeoneIsTheirs() {
        List<Candidate> found = run("По итогам конкурса призовые места заняли: участники, выступавшие на кыргызском "
                + "языке Садыбакашова Асел Гран-при (СШ №80), Рахатбекова Айназик - 1 место (СОШ №86), Абдибаитова "
                + "Калбүбү - 2 место (СОШ №86), Аскербекова Таңсулуу - 3 место (НСШ №43) и участники, выступавшие на "
                + "кыргызском и английском языке Асанканова Раяна Гран-при (УВК ШГ №38).");
        find(found, ActorType.ORGANISATION, "СШ №80");
        find(found, ActorType.ORGANISATION, "УВК ШГ №38");
        assertEquals("СОШ №86", find(found, ActorType.PERSON, "Рахатбекова Айназик").affiliation());
        assertEquals("НСШ №43", find(found, ActorType.PERSON, "Аскербекова Таңсулуу").affiliation());
        find(found, ActorType.PERSON, "Асанканова Раяна");
    }

    @Test
    void aStateClosesABodysNameBeforeACommaList() {
        List<Candidate> found = run("В честь Праздника туркменского ковра в киевской Библиотеке имени Махтумкули "
                + "состоялось культурное мероприятие с участием представителей Посольства Туркменистана, творческой "
                + "молодежи и туркменской диаспоры.");
        find(found, ActorType.ORGANISATION, "Посольство Туркменистана");
        assertFalse(names(found).stream().anyMatch(n -> n.contains("молодежи")), names(found).toString());
    }

    @Test
    void anEditionsYearNamesAnEventOpeningASentence() {
        List<Candidate> found = run("Ташкентская неделя моды-2017 обещает собрать в Ташкенте такие бренды, как Prada, "
                + "Giorgio Armani, Brioni, Versace.");
        find(found, ActorType.EVENT, "Ташкентская неделя моды-2017");
        assertFalse(has(found, ActorType.EVENT, "Неделя моды"), names(found).toString());
    }

    @Test
    void aWinnerBeforeHerTeachersTitleInBracketsIsAPerson() {
        List<Candidate> found = run("Атап айтар болсақ, ұлттық аспапты орындауда көрермен ықыласына бөленген Аяна "
                + "Дәулетбай (жетекшісі Нұрберген Қырғызбаев), Бақдаулет Жанатбек (жетекшісі Дулат Байзілдаев) бас "
                + "жүлдені иеленді.");
        find(found, ActorType.PERSON, "Аяна Дәулетбай");
        find(found, ActorType.PERSON, "Бақдаулет Жанатбек");
        find(found, ActorType.PERSON, "Нұрберген Қырғызбаев");
    }

    @Test
    void aBodysAbbreviationAfterItsEponymIsTheBody() {
        List<Candidate> found = run("Дөңгелек үстелге Қ.А.Ясауи атындағы ХҚТУ мен М.Әуезов атындағы ОҚМУ оқытушылары "
                + "қатысты. R.Otarbaev atyndaǵy «Rýhanıat» qorynyn uıymdastyrýymen R.Otarbaev atyndaǵy III "
                + "Respýblıkalyq teatr festıvali ótti.");
        find(found, ActorType.ORGANISATION, "Қ.А.Ясауи атындағы ХҚТУ");
        find(found, ActorType.ORGANISATION, "М.Әуезов атындағы ОҚМУ");
        assertFalse(names(found).stream().anyMatch(n -> n.endsWith("III")), names(found).toString());
    }

    @Test
    void anEponymsAbbreviationWithACaseEndingIsTheBody() {
        List<Candidate> found = run("Ақын, Қазақстан мен Өзбекстан жазушылар одағының мүшесі әрі айтыс ақыны Бөрібай "
                + "Оразымбет пен халықаралық және республикалық айтыстардың жеңімпазы М.Әуезов атындағы ОҚМУ-дің аға "
                + "оқытушысы Кәрима Оралова және ақын-жазушы Темірхан Әбдіков әділқазылар алқасының құрамында төрелік "
                + "етті.");
        find(found, ActorType.ORGANISATION, "М.Әуезов атындағы ОҚМУ");
        assertEquals("М.Әуезов атындағы ОҚМУ", find(found, ActorType.PERSON, "Кәрима Оралова").affiliation());
    }
}
