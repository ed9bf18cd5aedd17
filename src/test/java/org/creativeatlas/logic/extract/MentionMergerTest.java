package org.creativeatlas.logic.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

/** Short and long forms of a body meet through the merge keys whichever comes first and however long the name. */
class MentionMergerTest {

    @Test
    void aShortFormJoinsItsLongFormWhicheverComesFirst() {
        assertEquals(List.of(2), sizes("Ministry of Economy", "Ministry of National Economy of Kazakhstan"));
        assertEquals(List.of(2), sizes("Ministry of National Economy of Kazakhstan", "Ministry of Economy"));
        assertEquals(List.of(2), sizes("Union of Designers", "Almaty Union of Designers"));
    }

    @Test
    void aNameOfManyWordsStillMeetsItsShortForms() {
        String longName = "Association of Cinema Theatre Music Dance Design Fashion Crafts Games and Media Producers";
        assertEquals(List.of(3), sizes(longName, "Association of Games", "Media Producers"));
        assertEquals(List.of(2), sizes("Association of Games", longName));
        assertEquals(List.of(2), sizes("Media Producers", longName));
    }

    @Test
    void bodiesSharingOnlyTheirHeadWordStayApart() {
        assertEquals(List.of(1, 1), sizes("Ministry of Culture", "Ministry of Economy"));
        assertEquals(List.of(1, 1), sizes("Ministry of Culture and Sport", "Ministry of Culture and Information"));
        assertEquals(List.of(1, 1), sizes("Almaty Film Festival", "Almaty Music Festival"));
    }

    @Test
    void theBodyAnotherIsAttachedToIsNotItsShortForm() {
        String agency = "Агентство культурного наследия при Министерстве туризма и культурного наследия";
        assertEquals(List.of(1, 2), sizes(agency, "Министерство туризма и культурного наследия",
                "Министерство туризма и культурного наследия Республики Узбекистан"));
    }

    /** The group sizes, in the order the groups are made, of these names as far-apart organisation mentions. */
    private static List<Integer> sizes(String... names) {
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            mentions.add(new Mention(ActorType.ORGANISATION, names[i], i * 100, i * 100 + 20, 1));
        }
        return MentionMerger.merge(mentions).stream().map(g -> g.mentions.size()).toList();
    }

    @Test
    void aBodyIsNotTheShortFormOfItsOwnPart() {
        // Kazinform, on an exhibition at the National Museum in Astana
        var found = ExtractorFixture.run("Exhibition of contemporary art to be unveiled at National Museum\n\n"
                + "The exhibition will open at the National Museum of the Republic of Kazakhstan today. Head of the "
                + "Contemporary Art Center of the National Museum Roza Abenova said so at a press briefing.");
        ExtractorFixture.find(found, ActorType.ORGANISATION, "National Museum of the Republic of Kazakhstan");
        ExtractorFixture.find(found, ActorType.ORGANISATION, "Contemporary Art Center of the National Museum");
    }
}
