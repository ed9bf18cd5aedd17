package org.creativeatlas.logic.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

/** 20 000 generated people and organisations: blocking still finds each one, and only ever scores a few names. */
class ActorMatcherScaleTest {

    private static final String[] SYLLABLES = {"ба", "ла", "ма", "ра", "са", "та", "жа", "қа", "ну", "ке", "бе", "ди",
        "лы", "мұ", "рі", "се", "то", "ға", "үл", "ай", "ер", "ос", "ын", "ұр", "ек"};
    private static final String[] KINDS = {"университет", "академия", "колледж", "центр", "музей", "театр", "фонд"};
    private static final String[] TOPICS = {"искусств", "дизайна", "музыки", "кино", "культуры", "медиа", "танца"};

    private static String word(Random random, int syllables) {
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static String latin(String cyrillic) {
        String t = Transliterator.toLatin(cyrillic);
        StringBuilder out = new StringBuilder();
        for (String part : t.split(" ")) {
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1)).append(' ');
        }
        return out.toString().strip();
    }

    @Test
    void twentyThousandActorsAreBlockedNotScanned() {
        Random random = new Random(7);
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            String person = word(random, 2) + " " + word(random, 3) + (random.nextBoolean() ? "ов" : "ева");
            actors.add(Actor.named(ActorType.PERSON, person).withId(actors.size() + 1));
            String org = KINDS[random.nextInt(KINDS.length)] + " " + TOPICS[random.nextInt(TOPICS.length)] + " «"
                    + word(random, 3) + "»";
            actors.add(Actor.named(ActorType.ORGANISATION, org).with(ActorField.COUNTRY, "KZ")
                    .withId(actors.size() + 1));
        }
        ActorMatcher matcher = new ActorMatcher(actors, List.of());
        ActorIndex index = new ActorIndex();
        actors.forEach(a -> index.add(a, a.name()));

        int same = 0;
        for (Actor actor : actors.subList(0, 500)) {
            boolean person = actor.type() == ActorType.PERSON;
            String query = person ? latin(actor.name()) : actor.name();
            assertTrue(index.candidates(actor.type(), NameKey.of(query, person)).size() <= ActorIndex.CANDIDATES);
            List<Match> found = matcher.matches(actor.type(), query, List.of(), actor.country());
            assertTrue(found.size() <= ActorMatcher.MAX_MATCHES);
            assertTrue(found.stream().anyMatch(m -> m.actor().equals(actor)), query);
            same += found.get(0).actor().name().equals(actor.name()) && found.get(0).isSame() ? 1 : 0;
        }
        assertEquals(500, same, "each name found as the best, same-as match");
        assertTrue(matcher.matches(ActorType.PERSON, "Zzyzx Qwerty", List.of(), null).isEmpty());
        List<Match> common = matcher.matches(ActorType.ORGANISATION, "Университет", List.of(), "KZ");
        assertTrue(common.stream().noneMatch(Match::isSame), "one common word is no identity");
    }
}
