package org.creativeatlas.logic.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.creativeatlas.logic.edit.CatalogueEditor;
import org.creativeatlas.logic.edit.MergePlan;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Link;
import org.creativeatlas.model.LinkType;
import org.creativeatlas.model.Mention;
import org.creativeatlas.model.NameVariant;
import org.creativeatlas.model.Source;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.store.DismissedPairDao;
import org.creativeatlas.testing.Engine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

class MergeTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void mergeKeepsEveryLinkMentionAndVariantAndUndoRestoresTheStoreExactly(Engine engine) {
        try (Catalogue c = engine.open(dir, "m")) {
            Actor kk = c.actors().insert(Actor.named(ActorType.ORGANISATION, "«Тұран» университеті")
                    .with(ActorField.COUNTRY, "KZ"));
            Actor en = c.actors().insert(Actor.named(ActorType.ORGANISATION, "Turan University")
                    .with(ActorField.CITY, "Almaty").with(ActorField.WEBSITE, "https://turan.edu.kz"));
            Actor person = c.actors().insert(Actor.named(ActorType.PERSON, "Данияр Аманалиев"));
            Actor other = c.actors().insert(Actor.named(ActorType.ORGANISATION, "Ololo Group"));
            Actor platform = c.actors().insert(Actor.named(ActorType.PLATFORM, "Turan Online")
                    .with(ActorField.OPERATOR, en.id()));
            c.variants().insert(new NameVariant(0, en.id(), "Университет Туран", "ru"));
            c.links().insert(Link.of(LinkType.AFFILIATION, person.id(), en.id(), "Rector"));
            c.links().insert(Link.of(LinkType.AFFILIATION, person.id(), kk.id(), "Lecturer"));
            c.links().insert(Link.of(LinkType.RELATION, en.id(), kk.id(), "part_of"));
            c.links().insert(Link.of(LinkType.RELATION, en.id(), other.id(), "partner_of"));
            Source s = c.sources().insert(new Source(0, "news", "n.txt", "en", null, "abc", "Turan University met."));
            c.mentions().insert(new Mention(0, en.id(), s.id(), "Turan University met."));
            c.dismissedPairs().insert(new DismissedPairDao.Pair(en.id(), other.id()));
            String before = dump(c);

            CatalogueEditor editor = new CatalogueEditor(c);
            Actor merged = editor.merge(MergePlan.fillingGaps(kk, en));

            assertEquals("«Тұран» университеті", merged.name());
            assertEquals("Almaty", merged.city());
            assertEquals("https://turan.edu.kz", merged.website());
            assertTrue(c.actors().byId(en.id()).isEmpty());
            assertEquals(Set.of("Университет Туран", "Turan University"),
                    Set.copyOf(c.variants().of(kk.id()).stream().map(NameVariant::text).toList()));
            List<Link> links = c.links().of(kk.id());
            assertEquals(3, links.size(), "two affiliations and the partner; the part_of between the two is gone");
            assertEquals(1, c.mentions().of(kk.id()).size());
            assertEquals(kk.id(), c.actors().byId(platform.id()).orElseThrow().operatorId());

            editor.undo();
            assertEquals(before, dump(c));
            editor.redo();
            assertEquals(3, c.links().of(kk.id()).size());
            editor.undo();
            assertEquals(before, dump(c));
        }
    }

    private static String dump(Catalogue c) {
        return String.join("\n", c.actors().all().toString(), c.variants().all().toString(), c.links().all().toString(),
                c.mentions().all().toString(), c.dismissedPairs().all().toString());
    }
}
