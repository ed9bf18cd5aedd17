package org.creativeatlas.logic.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.NameVariant;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.testing.Engine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

class DuplicatesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void realPairsAreFoundAcrossScriptsAndNamesakesAreNot(Engine engine) {
        try (Catalogue c = engine.open(dir, "d")) {
            Actor daniyarRu = person(c, "Данияр Аманалиев", "KG", "Bishkek");
            Actor daniyarEn = person(c, "Daniyar Amanaliev", "KG", "Bishkek");
            Actor akylbek = person(c, "Akylbek Japarov", "KG", null);
            Actor sadyr = person(c, "Sadyr Japarov", "KG", null);
            Actor turanKk = c.actors().insert(Actor.named(ActorType.ORGANISATION, "«Тұран» университеті")
                    .with(ActorField.COUNTRY, "KZ"));
            c.variants().insert(new NameVariant(0, turanKk.id(), "Turan University", "en"));
            Actor turanEn = c.actors().insert(Actor.named(ActorType.ORGANISATION, "Turan University"));
            c.actors().insert(Actor.named(ActorType.EVENT, "Turan University"));

            List<DuplicatePair> pairs = new Duplicates(c).find();
            DuplicatePair daniyar = pair(pairs, daniyarRu, daniyarEn).orElseThrow();
            assertTrue(daniyar.isLikely(), "score " + daniyar.score());
            assertTrue(pair(pairs, turanKk, turanEn).orElseThrow().isLikely());
            assertTrue(pair(pairs, akylbek, sadyr).isEmpty(), "Akylbek and Sadyr Japarov are two people");
            assertEquals(2, pairs.size(), "no pair across types: " + pairs);
            assertTrue(pairs.get(0).score() >= pairs.get(1).score(), "best first");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aDismissedPairStaysDismissedAcrossReopening(Engine engine) {
        try (Catalogue c = engine.open(dir, "dismiss")) {
            person(c, "Данияр Аманалиев", "KG", null);
            person(c, "Daniyar Amanaliev", "KG", null);
            Duplicates duplicates = new Duplicates(c);
            duplicates.dismiss(duplicates.find().get(0));
            assertEquals(List.of(), duplicates.find());
        }
        try (Catalogue c = engine.open(dir, "dismiss")) {
            assertEquals(List.of(), new Duplicates(c).find());
            assertEquals(1, c.dismissedPairs().all().size());
        }
    }

    private static Actor person(Catalogue c, String name, String country, String city) {
        return c.actors().insert(Actor.named(ActorType.PERSON, name).with(ActorField.COUNTRY, country)
                .with(ActorField.CITY, city));
    }

    private static Optional<DuplicatePair> pair(List<DuplicatePair> pairs, Actor a, Actor b) {
        return pairs.stream().filter(p -> p.first().id() == Math.min(a.id(), b.id())
                && p.second().id() == Math.max(a.id(), b.id())).findFirst();
    }
}
