package org.creativeatlas.logic.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.NameVariant;
import org.junit.jupiter.api.Test;

class ActorMatcherTest {

    private static final ActorType ORG = ActorType.ORGANISATION;
    private static final ActorType PERSON = ActorType.PERSON;

    private final List<Actor> actors = new ArrayList<>();
    private final List<NameVariant> variants = new ArrayList<>();

    private Actor actor(ActorType type, String name, String country, String... otherNames) {
        Actor a = Actor.named(type, name).with(ActorField.COUNTRY, country).withId(actors.size() + 1);
        actors.add(a);
        for (String v : otherNames) {
            variants.add(new NameVariant(variants.size() + 1, a.id(), v, null));
        }
        return a;
    }

    private ActorMatcher matcher() {
        return new ActorMatcher(actors, variants);
    }

    private static double score(ActorMatcher m, ActorType type, String name, String country, Actor expected) {
        return m.matches(type, name, List.of(), country).stream()
                .filter(x -> x.actor().id() == expected.id()).mapToDouble(Match::score).findFirst().orElse(0);
    }

    @Test
    void twoBodiesOfOneKindAreNotEvenAMaybe() {
        Actor japan = actor(ORG, "Посольство Японии в КР", "KG", "Embassy of Japan in the Kyrgyz Republic");
        Actor education = actor(ORG, "Министерство образования и науки КР", "KG");
        Actor unesco = actor(ORG, "UNESCO Almaty Cluster Office", "KZ");
        ActorMatcher m = matcher();
        assertEquals(0, score(m, ORG, "Посольство Швейцарской Конфедерации в КР", "KG", japan));
        assertEquals(0, score(m, ORG, "Embassy of Switzerland in the Kyrgyz Republic", "KG", japan));
        assertEquals(0, score(m, ORG, "Министерство цифрового развития КР", "KG", education));
        assertTrue(score(m, ORG, "UNESCO Almaty", "KZ", unesco) >= Match.MAYBE, "a shorter name of it stays a maybe");
    }

    @Test
    void samePersonAcrossScripts() {
        Actor daniyar = actor(PERSON, "Данияр Аманалиев", "KG");
        actor(PERSON, "Данияр Асанов", "KG");
        ActorMatcher m = matcher();
        List<Match> found = m.matches(PERSON, "Daniyar Amanaliev", List.of(), "KG");
        assertEquals(daniyar, found.get(0).actor());
        assertTrue(found.get(0).isSame(), found.toString());
        assertEquals(1, found.size(), "another Daniyar is no match: " + found);
        assertTrue(score(m, PERSON, "Daniiar Amanaliev", null, daniyar) >= Match.SAME);
        assertTrue(score(m, PERSON, "Amanaliev Daniyar", null, daniyar) >= Match.SAME, "word order");
        assertTrue(score(m, PERSON, "Данияром Аманалиевым", null, daniyar) >= Match.SAME, "case endings");
    }

    @Test
    void sameSurnameDifferentGivenNameIsNoMatch() {
        Actor sadyr = actor(PERSON, "Sadyr Japarov", "KG");
        ActorMatcher m = matcher();
        assertEquals(0, score(m, PERSON, "Akylbek Japarov", "KG", sadyr));
        assertEquals(0, score(m, PERSON, "А. Жапаров", "KG", sadyr));
        assertTrue(score(m, PERSON, "Садыр Жапаров", "KG", sadyr) >= Match.SAME);
        assertTrue(score(m, PERSON, "Zhaparov Sadyr Nurgojoevich", "KG", sadyr) >= Match.SAME);
        double initials = score(m, PERSON, "С.Н. Жапаров", "KG", sadyr);
        assertTrue(initials >= Match.MAYBE && initials < Match.SAME, "initials only: maybe, " + initials);
    }

    @Test
    void initialsAreAWeakerMatchThanAFullName() {
        Actor initials = actor(PERSON, "Г.К. Шалабаева", "KZ");
        ActorMatcher m = matcher();
        assertTrue(score(m, PERSON, "Shalabayeva G.K.", "KZ", initials) >= Match.SAME);
        double full = score(m, PERSON, "Gulnar Shalabayeva", "KZ", initials);
        assertTrue(full >= Match.MAYBE && full < Match.SAME, "weaker: " + full);
        assertEquals(0, score(m, PERSON, "Aigerim Shalabayeva", "KZ", initials), "initial disagrees");
        assertEquals(0, score(m, PERSON, "Г.К. Шалабаев", "KZ", initials), "masculine surname");
    }

    @Test
    void organisationNameVariantsBridgeLanguages() {
        Actor park = actor(ORG, "Креативтік Индустриялар Паркі", "KZ", "Парк креативных индустрий", "ҚКИП");
        actor(ORG, "Парк культуры и отдыха", "KZ");
        ActorMatcher m = matcher();
        for (String name : List.of("Парк креативных индустрий", "Парка креативных индустрий", "ҚКИП",
                "Креативтік индустриялар паркінің")) {
            List<Match> found = m.matches(ORG, name, List.of(), "KZ");
            assertEquals(park, found.get(0).actor(), name);
            assertTrue(found.get(0).isSame(), name + " " + found);
        }
        List<Match> viaVariant = m.matches(ORG, "Creative Industries Park", List.of("ҚКИП"), null);
        assertEquals("ҚКИП", viaVariant.get(0).matchedName());
    }

    @Test
    void withoutAVariantATranslationIsAtMostAMaybe() {
        actor(ORG, "Креативтік Индустриялар Паркі", "KZ");
        assertFalse(matcher().matches(ORG, "Парк креативных индустрий", List.of(), "KZ").stream()
                .anyMatch(Match::isSame));
    }

    @Test
    void caseEndingsOfKazakhNames() {
        Actor turan = actor(ORG, "«Тұран» университеті", "KZ");
        List<Match> found = matcher().matches(ORG, "«Тұран» университетінің", List.of(), "KZ");
        assertEquals(turan, found.get(0).actor());
        assertTrue(found.get(0).isSame());
    }

    @Test
    void bracketedAbbreviationInAStoredName() {
        Actor koica = actor(ORG, "Korea International Cooperation Agency (KOICA)", "KR");
        assertTrue(matcher().matches(ORG, "KOICA", List.of(), null).get(0).isSame());
        assertEquals(koica, matcher().matches(ORG, "Korea International Cooperation Agency", List.of(), "KR")
                .get(0).actor());
    }

    @Test
    void otherTypeNeverMatchesAndOtherCountryCountsAgainst() {
        Actor ministryKz = actor(ORG, "Министерство культуры и информации", "KZ");
        Actor ministryKg = actor(ORG, "Министерство культуры и информации", "KG");
        ActorMatcher m = matcher();
        assertTrue(m.matches(ActorType.EVENT, "Министерство культуры и информации", List.of(), "KZ").isEmpty());
        List<Match> found = m.matches(ORG, "Министерством культуры и информации", List.of(), "KZ");
        assertEquals(ministryKz, found.get(0).actor());
        assertTrue(found.get(0).isSame());
        assertFalse(found.stream().anyMatch(x -> x.actor().equals(ministryKg) && x.isSame()), found.toString());
    }

    @Test
    void sharingSomeWordsIsAtMostAMaybe() {
        Actor academy = actor(ORG, "Kazakh National Academy of Choreography", "KZ");
        ActorMatcher m = matcher();
        assertTrue(score(m, ORG, "Kazakh National University of Arts", "KZ", academy) < Match.SAME);
        assertTrue(score(m, ORG, "Kazakh National Academy of Choreografy", "KZ", academy) >= Match.SAME, "spelling slip");
    }

    @Test
    void addedActorsAreFoundNext() {
        ActorMatcher m = matcher();
        Actor hub = Actor.named(ORG, "Tumo Center for Creative Technologies").withId(99);
        m.add(hub, List.of("TUMO"));
        assertEquals(hub, m.matches(ORG, "TUMO", List.of(), null).get(0).actor());
    }
}
