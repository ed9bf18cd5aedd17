package org.creativeatlas.logic.extract;

import static org.creativeatlas.logic.extract.ExtractorFixture.find;
import static org.creativeatlas.logic.extract.ExtractorFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

/**
 * A role that ends in a body's head alone refers to the body named before; a venue named with its state places an
 * event; a Kazakh body of the First President's or named after someone with a bare head; an ambassador named again
 * by a surname of two letters.
 */
class BodiesReferredBackAndVenuesTest {

    @Test
    void aRoleEndingInTheLibraryIsOfTheLibraryNamedBefore() {
        List<Candidate> found = run("19 марта 2025 года Чрезвычайный и Полномочный Посол Республики Таджикистан в Украине "
                + "Давлатали Назризода посетил Национальную библиотеку имени Ярослава Мудрого в Киеве.\nВ ходе встречи с "
                + "заместителями генерального директора библиотеки Натальей Цукренко и Оксаной Бруй обсуждались вопросы "
                + "расширения и укрепления культурного сотрудничества, а также значение книги как средства сближения наших "
                + "народов.");
        Candidate deputy = found.stream().filter(c -> c.type() == ActorType.PERSON && c.name().contains("Цукренко"))
                .findFirst().orElseThrow();
        assertEquals("Национальная библиотека имени Ярослава Мудрого", deputy.affiliation());
        assertEquals("UA", deputy.country());
    }

    @Test
    void theRectorOfTheUniversityIsOfTheUniversityNamedBefore() {
        List<Candidate> found = run("On February 7, 2017 in Uman of Cherkasy region Turkmen-Ukrainian "
                + "educational-cultural center on the basis Uman State Pedagogical University named after Pavlo Tychyna "
                + "was inaugurated. At the grand opening of the center the rector of the University A.Bezlyudny made a "
                + "speech in which he wished the students from Turkmenistan academic success, well-being and prosperity "
                + "of the Turkmen land and the people of Turkmenistan.");
        assertEquals("Uman State Pedagogical University named after Pavlo Tychyna",
                find(found, ActorType.PERSON, "A.Bezlyudny").affiliation());
    }

    @Test
    void anEventIsHeldInTheStateItsVenueIsNamedWith() {
        List<Candidate> found = run("В Национальной библиотеке Беларуси откроется фотовыставка «Сияет Ташкент»\n\n"
                + "Торжественное открытие фотовыставки «Сияет Ташкент», состоится 27 августа, во вторник, в 17:00 в "
                + "галерее «Панорама», сообщает сайт Национальной библиотеки Беларуси.");
        Candidate show = found.stream().filter(c -> c.type() == ActorType.EVENT && c.name().contains("Сияет Ташкент"))
                .findFirst().orElseThrow();
        assertEquals("BY", show.country());
    }

    @Test
    void theFirstPresidentsCentreAndAMuseumNamedAfterSomeoneAreBodies() {
        List<Candidate> found = run("6 сәуір күні Теміртау қаласындағы Тұңғыш Президенттің тарихи-мәдени орталығы әйгілі "
                + "палуан Қажымұқан Мұңайтпасұлының 150 жылдығына орай “КҮШ АТАСЫ – ҚАЖЫМҰҚАН!” атты іс-шара өткізді.\nZOOM "
                + "платформасында ұйымдастырылыған кездесуге Түркістан облысы, Ордабасы ауданы Темірлан ауылындағы "
                + "Қ.Мұңайтпасұлы атындағы музей қызметкерлері, Теміртау қаласындағы Орталықтандырылған кітапханалар "
                + "жүйесінің кітапханашылары және Тұңғыш Президенттің тарихи-мәдени орталығының қызметкерлері қатысты.");
        find(found, ActorType.ORGANISATION, "Тұңғыш Президенттің тарихи-мәдени орталығы");
        find(found, ActorType.ORGANISATION, "Қ.Мұңайтпасұлы атындағы музей");
    }

    @Test
    void anAmbassadorNamedAgainByATwoLetterSurnameIsThePersonNamedBefore() {
        List<Candidate> found = run("The ceremony was attended by Chinese Ambassador Du Dewen, KRSU's Acting Rector Denis "
                + "Fomin-Nilov, as well as teachers, students, and other guests.\n\nAt the event, Ambassador Du delivered a "
                + "lecture on the achievements of the Belt and Road Initiative (BRI) over the past decade, emphasizing the "
                + "significant contribution made by Belt and Road cooperation to fostering global peace and development, as "
                + "well as building a community with a shared future for mankind.");
        find(found, ActorType.PERSON, "Du Dewen");
        assertEquals(1, found.stream().filter(c -> c.type() == ActorType.PERSON && c.name().startsWith("Du")).count(),
                ExtractorFixture.names(found).toString());
    }
}
