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

/** Where an English body's name ends and the next actor begins, from published sentences. */
class EnglishChainEndsTest {

    @Test
    void aBodysPlaceAfterItsHonoreeIsPartOfItsName() {
        List<Candidate> found = run("The State Drama Theater named after Kemine of the Mary Region of Turkmenistan "
                + "will take part at the Second International Theater Festival of Caspian Countries, which to be held "
                + "in the city of Aktau on September 13-16.");
        Candidate theatre = find(found, ActorType.ORGANISATION,
                "State Drama Theater named after Kemine of the Mary Region of Turkmenistan");
        assertEquals("TM", theatre.country());
        assertEquals("KZ", find(found, ActorType.EVENT, "Second International Theater Festival of Caspian Countries")
                .country());
    }

    @Test
    void aNationsLanguageAndCultureInLowerCaseStayInABodysNameAbroad() {
        List<Candidate> found = run("A holiday concert dedicated to the 30th anniversary of independence of "
                + "Turkmenistan took place in Astrakhan. The event was held in the Cultural Center of the Astrakhan State "
                + "University, where study many young citizens of Turkmenistan. Its program was prepared together with "
                + "the Center of Turkmen language and culture of ASU and the Association of foreign students of "
                + "Astrakhan.\n\n"
                + "Addressing to the Turkmen students, the representative of the Society of Turkmen culture in Astrakhan "
                + "city Rizabek Kurbanov emphasized an importance of conservation of national culture and its role in "
                + "the development of the friendly international relations.");
        assertEquals("RU", find(found, ActorType.ORGANISATION, "Center of Turkmen language and culture of ASU")
                .country());
        assertEquals("RU", find(found, ActorType.ORGANISATION, "Society of Turkmen culture in Astrakhan").country());
        assertEquals("RU", find(found, ActorType.PERSON, "Rizabek Kurbanov").country());
        found = run("In the main competition 10 films, claiming prizes in the following categories: Grand Prix, Best "
                + "Director, Best Actor, Best Actress, Special Jury Prize, will take part.");
        assertFalse(has(found, ActorType.PERSON, "Grand Prix"), names(found).toString());
    }

    @Test
    void aParliamentByItsOwnNameAndATitleBeforeInitialsNameBodies() {
        List<Candidate> found = run("The diplomatic event was attended by the Minister of Culture of Ukraine R. "
                + "Karandeev, 13 deputies of the Verkhovna Rada of Ukraine, representatives of the diplomatic corps, "
                + "political and public figures, Ukrainian scientists in the field of Turkology/philology, "
                + "representatives of universities in Kiev, representatives of the Kyrgyz diaspora.");
        assertEquals("UA", find(found, ActorType.ORGANISATION, "Verkhovna Rada of Ukraine").country());
        assertEquals("Minister of Culture of Ukraine", find(found, ActorType.PERSON, "R. Karandeev").role());
        find(found, ActorType.ORGANISATION, "Ministry of Culture of Ukraine");
    }

    @Test
    void aQuotedNameBeforeALegalFormNamesOneBody() {
        List<Candidate> found = run("In 2016, the “Rosa Otunbayeva Initiative” Public Foundation launched the "
                + "“Children's Philharmonic” project in cooperation with the National Philharmonic.");
        find(found, ActorType.ORGANISATION, "“Rosa Otunbayeva Initiative” Public Foundation");
        assertFalse(has(found, ActorType.ORGANISATION, "Public Foundation"), names(found).toString());
    }

    @Test
    void aBodyNamedAsAnOwnerIsNamedWithoutThePossessive() {
        List<Candidate> found = run("Funded by the British Council’s Creative Spark project, this innovative "
                + "initiative has enabled students, teachers and the wider community to express their creativity and "
                + "bring their ideas to life.");
        assertEquals("GB", find(found, ActorType.ORGANISATION, "British Council").country());
    }

    @Test
    void anAndBeforeAnotherHeadNounStartsASecondBodyAndAPossessiveBodyOwnsWhatFollows() {
        List<Candidate> found = run("Also today, per National Museum’s initiative in collaboration with the Movement "
                + "of National Unity and Revival of Tajikistan, the Ministry of Culture and Office of Dushanbe Chairman, "
                + "a round table called Navruz — the Greatest Tradition of Unity will be held with the participation "
                + "of representatives of relevant ministries and departments, scientists, writers, and students.");
        find(found, ActorType.ORGANISATION, "Ministry of Culture");
        find(found, ActorType.ORGANISATION, "Movement of National Unity and Revival of Tajikistan");
        assertTrue(names(found).stream().anyMatch(n -> n.contains(":Office of Dushanbe")), names(found).toString());
        assertFalse(names(found).stream().anyMatch(n -> n.contains("initiative")), names(found).toString());

        List<Candidate> held = run("The Culture days of Turkmenistan were held in Hankuk University of Foreign Studies "
                + "and Shinhan University");
        find(held, ActorType.ORGANISATION, "Hankuk University of Foreign Studies");
        find(held, ActorType.ORGANISATION, "Shinhan University");
    }

    @Test
    void aDateOrAnHonorificAfterTheNameIsNoPartOfIt() {
        List<Candidate> concert = run("Musical event organized by the Ministry of Culture of our country, the Embassy "
                + "of the Republic of Korea to Turkmenistan and the Ministry of Culture, Sport and Tourism of Korea, was "
                + "held in Magtumguly Music and Drama Theatre on March 25.");
        find(concert, ActorType.ORGANISATION, "Magtumguly Music and Drama Theatre");
        List<Candidate> guests = run("Among the guests of honor were Deputy Minister of Culture of Turkmenistan H.E. "
                + "Mr. Gurbanmyrat Myradalyyev, Vice-Rector of the University of Colorado Dr. Emily Chan, Chairman of "
                + "the American Taekwon-Do Association and others.");
        find(guests, ActorType.ORGANISATION, "University of Colorado");
        find(guests, ActorType.PERSON, "Emily Chan");
    }

    @Test
    void numberedSchoolsKeepTheirNumbersAndTheirDirectorsTheirFirstNames() {
        List<Candidate> found = run("Representatives of the following educational institutions from the city joined "
                + "the signing of the memorandum: School-Gymnasium № 12 (Director – Zhazira A. Mukasheva), Secondary "
                + "School № 24 (Director – Lyazzat Mautkhanova), Secondary Single-Profile School № 37 (Director – Inna "
                + "G. Gracheva), and Lev Gumilev Gymnasium № 38 (Director: Galina A. Parubova), and the Regional "
                + "specialized school-lyceum for children gifted in mathematics, physics, and computer science "
                + "(Director: Svetlana Y. Tinkova).");
        for (String school : List.of("School-Gymnasium № 12", "Secondary School № 24", "Lev Gumilev Gymnasium № 38")) {
            find(found, ActorType.ORGANISATION, school);
        }
        assertEquals("Secondary School № 24",
                find(found, ActorType.PERSON, "Lyazzat Mautkhanova").affiliation());
        for (String director : List.of("Zhazira A. Mukasheva", "Inna G. Gracheva", "Galina A. Parubova")) {
            find(found, ActorType.PERSON, director);
        }
        assertFalse(has(found, ActorType.PERSON, "Lev Gumilev Gymnasium"), names(found).toString());
    }

    @Test
    void aLyceumNamedAfterSomeoneShortIsNamedWholeAndThePupilAfterItIsAPerson() {
        find(run("Our country was represented by students of the Republican specialized music academic lyceum n.a. "
                + "R.Glière and Republican specialized music academic lyceum (RSMAL) n.a. V.Uspensky."),
                ActorType.ORGANISATION, "Republican specialized music academic lyceum n.a. R.Glière");
        List<Candidate> found = run("The young musicians of the Lyceum n.a. R.Glière Karolina Bakhteeva (violin, first "
                + "place), Sumbur Sarp (cello, first place), Sherhod Bakhtiyorov (cello, first place), Farangiz "
                + "Khidoyatova (cello, second place) – from RSMAL n.a. V.Uspensky showed the greatest success.");
        find(found, ActorType.ORGANISATION, "Lyceum n.a. R.Glière");
        assertEquals("Lyceum n.a. R.Glière", find(found, ActorType.PERSON, "Karolina Bakhteeva").affiliation());
    }

    @Test
    void aBodysQuotedNameGoesOnToThePersonItIsNamedAfter() {
        List<Candidate> found = run("The State Symphony Orchestra of Uzbekistan and the State Dance Ensemble “Bakhor” "
                + "named after Mukarram Turgunbayeva also presented their program.");
        assertTrue(has(found, ActorType.ORGANISATION, "State Dance Ensemble “Bakhor” named after Mukarram Turgunbayeva"),
                names(found).toString());
    }
}
