package org.creativeatlas.logic.extract;

import static org.creativeatlas.logic.extract.ExtractorFixture.find;
import static org.creativeatlas.logic.extract.ExtractorFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

/** One day of a nation's culture is an event in each language, held away from that nation unless the text says so. */
class CultureDaysTest {

    @Test
    void aRussianDayOfANationsCultureIsAnEventWhereTheTextPutsIt() {
        // Vecherny Almaty, a headline
        List<Candidate> found = run("В Алматы состоялся День корейской культуры");
        assertEquals("KZ", find(found, ActorType.EVENT, "День корейской культуры").country());
        // Novoe Pokolenie, on the Central State Museum in Almaty
        found = run("Центральный государственный музей Республики Казахстан совместно с Посольством Японии в РК, "
                + "Казахстанско-японским центром развития человеческих ресурсов при университете “Нархоз”, Ассоциацией "
                + "японцев в Казахстане при содействии Japan Foundation, Казахстанско-японской ассоциации Шелкового "
                + "пути провел в своих стенах традиционный День культуры Японии.");
        assertEquals("KZ", find(found, ActorType.EVENT, "День культуры Японии").country());
    }

    @Test
    void anEnglishCulturalDayIsHeldWhereTheSentenceSays() {
        // China Arts and Entertainment Group, on Uzbekistan Cultural Day in Beijing
        List<Candidate> found = run("Last October, the Chinese Cultural Day held in Uzbekistan vividly showcased the "
                + "beauty of cultural exchanges between China and Uzbekistan.");
        assertEquals("UZ", find(found, ActorType.EVENT, "Chinese Cultural Day").country());
    }

    @Test
    void aKazakhDayOfOneOrTwoArtsIsAnEventAndAStateItIsHeldInOpensIt() {
        // Auliekol district library system, on a day of Uzbek literature and culture
        List<Candidate> found = run("2019 жылдың 15-ші сәуірінде Өзбекстандағы Қазақстан жылының ашылуы болды, осыған "
                + "байланысты 18 маусымда Әулиекөл аудандық кітапханасында өзбек әдебиеті мен мәдениеті күні өтті.");
        assertEquals("KZ", find(found, ActorType.EVENT, "өзбек әдебиеті мен мәдениеті күні").country());
        // Qazaqconcert, on its concert in Beijing
        found = run("Қытайдағы Қазақстан Республикасының мәдениет күні аясында Қазақстан Республикасының Қытай Халық "
                + "Республикасындағы Елшілігі ҚХР Мәдениет және туризм министрлігімен бірлесіп, ҚР Мәдениет және "
                + "ақпарат министрлігінің қолдауымен Қытайдың ұлттық орындаушылық өнер орталығында Роза Бағланова "
                + "атындағы «Қазақконцерт» мемлекеттік ұйымы әртістерінің концерті өтті.");
        assertEquals("CN", find(found, ActorType.EVENT, "Қытайдағы Қазақстан Республикасының мәдениет күні").country());
    }
}
