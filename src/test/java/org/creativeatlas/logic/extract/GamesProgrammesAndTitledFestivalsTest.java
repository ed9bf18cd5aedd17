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

/** Games named in capitals, a festival's quoted title before its capitalised head, a programme performed, a campaign. */
class GamesProgrammesAndTitledFestivalsTest {

    @Test
    void capitalisedGamesAreAnEventAndAQuotedTitleOpensTheFestivalItHeads() {
        List<Candidate> found = run("As part of the upcoming Second World Nomad Games, the “Nomad’s Universe” Folklore "
                + "Festival will take place from September 4th through 7th, 2016, in Kyrchyn Gorge.");
        find(found, ActorType.EVENT, "Second World Nomad Games");
        find(found, ActorType.EVENT, "“Nomad’s Universe” Folklore Festival");
        assertFalse(has(found, ActorType.EVENT, "Folklore Festival"), names(found).toString());
    }

    @Test
    void gamesInLowerCaseNameNoEvent() {
        List<Candidate> found = run("The fair included booths exhibiting Shodo, Japanese traditional calligraphy, "
                + "Mini games events, exhibition of Japanese Culture and Origami.");
        assertFalse(names(found).stream().anyMatch(n -> n.toLowerCase().contains("games")), names(found).toString());
    }

    @Test
    void aProgrammePerformedOnAStageIsAnEvent() {
        List<Candidate> found = run("В театрализованном представлении артисты вернулись к далекому прошлому – зрителям "
                + "понравились сцены Кояндинской ярмарки. Также была представлена фольклорная программа «Өнер көзі – "
                + "халықта».");
        Candidate programme = found.stream().filter(c -> c.name().contains("Өнер көзі")).findFirst()
                .orElseThrow(() -> new AssertionError(names(found)));
        assertEquals(ActorType.EVENT, programme.type());
    }

    @Test
    void aProgrammeOfSupportStaysAPlatform() {
        List<Candidate> found = run("В рамках программы «Культура России» в Ташкенте прошли гастроли театра.");
        Candidate programme = found.stream().filter(c -> c.name().contains("Культура России")).findFirst()
                .orElseThrow(() -> new AssertionError(names(found)));
        assertEquals(ActorType.PLATFORM, programme.type());
    }

    @Test
    void aKazakhCampaignNamedByItsTitleIsAnEvent() {
        List<Candidate> found = run("20 ақпан күні облыстық кітапханада «Бір ел-бір кітап» республикалық акциясы аясында "
                + "жазушы және қоғам қайраткері Әбіш Кекілбаевтың шығармашылығына арналған кеш өтті.");
        find(found, ActorType.EVENT, "«Бір ел-бір кітап» республикалық акциясы");
    }
}
