package org.creativeatlas.logic.extract;

import static org.creativeatlas.logic.extract.ExtractorFixture.find;
import static org.creativeatlas.logic.extract.ExtractorFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

class AbbreviationsTest {

    @Test
    void kazakhAbbreviationIsAVariantAndLaterUsesAreMentions() {
        var found = run("Топ Креативтік Индустриялар Паркіне (ҚКИП) барды. ҚКИП директоры Айгерім Сәтбаева кездесті.");
        Candidate park = find(found, ActorType.ORGANISATION, "Креативтік Индустриялар Паркі");
        assertTrue(park.variants().contains("ҚКИП"), park.toString());
        assertTrue(park.passages().size() >= 2, park.toString());
        Candidate person = find(found, ActorType.PERSON, "Айгерім Сәтбаева");
        assertEquals("Креативтік Индустриялар Паркі", person.affiliation());
    }

    @Test
    void russianAndEnglishAbbreviationsInBrackets() {
        var found = run("Грант выделило Корейское агентство международного сотрудничества (KOICA).");
        Candidate koica = find(found, ActorType.ORGANISATION, "Корейское агентство международного сотрудничества");
        assertTrue(koica.variants().contains("KOICA"));
        assertEquals("KR", koica.country());
        found = run("The Central Asian Crafts Support Association (CACSA) met in Bishkek. CACSA trains artisans.");
        Candidate cacsa = find(found, ActorType.ORGANISATION, "Central Asian Crafts Support Association");
        assertEquals(3, cacsa.passages().size(), cacsa.toString());
    }
}
