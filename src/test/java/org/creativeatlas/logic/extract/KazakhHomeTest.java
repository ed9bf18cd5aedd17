package org.creativeatlas.logic.extract;

import static org.creativeatlas.logic.extract.ExtractorFixture.find;
import static org.creativeatlas.logic.extract.ExtractorFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

/** Whose the actors of a page in Kazakh are when it follows Kazakhstan's people abroad, from published items. */
class KazakhHomeTest {

    @Test
    void aKazakhPagesEnsemblesAbroadAreKazakhstansThoughTheHostIsNamedMore() {
        List<Candidate> found = run("Маңғыстаулық өнерпаздар Қытайда өтіп жатқан фестивальге қатысты\n\n"
                + "27.02.2024 21:53\n\n"
                + "Маңғыстаулық өнерпаздар Қытайда өтіп жатқан мәдени іс-шараға қатысты, деп хабарлайды El.kz ақпарат "
                + "агенттігі өңірдің мәдениет басқармасының баспасөз қызметіне сілтеме жасап.\n\n"
                + "Қытай Халық Республикасының  Шаньси провинциясы Тайюань қаласы Цинсюй округі халықтық үкіметінің "
                + "ұйымдастыруымен өтіп жатқан «Айдаһардың гүлденген ғасыры, бақытты, қуанышты Цинпру жылы» атты мәдени "
                + "іс-шараға Мұрат Өскінбаев атындағы Маңғыстау облыстық филармониясының «Ақшағыл» этно-фольклорлық "
                + "ансамблі,  «Жорға» би ансамблі, сондай-ақ әншілер Алпысбек Оңайбай, Фариза Ретбаева, Нұрым Асқанов "
                + "аттанды.\n\n"
                + "Бұл фестиваль Қытайда 11-ғасырдан бері тойланады. Биыл Қазақстан, Испания, Франция сияқты әлемнің "
                + "түкпір-түкпірінен өнерпаздар 4 миллион тұрғыны бар Тайюань қаласына жиналды.");
        assertEquals("KZ", find(found, ActorType.ORGANISATION, "«Жорға» би ансамблі").country());
        assertEquals("KZ", find(found, ActorType.PERSON, "Фариза Ретбаева").country());
        assertEquals("CN", find(found, ActorType.EVENT,
                "Айдаһардың гүлденген ғасыры, бақытты, қуанышты Цинпру жылы").country());
    }

    @Test
    void aCityOpeningAKazakhEventsNameIsWhereItIsHeld() {
        List<Candidate> found = run("Aısultan Seıitov jazda Shanhaı halyqaralyq kınofestıvalinde osy jumysy úshin "
                + "«Úzdik rejısser» atalymyn jeńip alǵan bolatyn.");
        assertEquals("CN", find(found, ActorType.EVENT, "Shanhaı halyqaralyq kınofestıvali").country());
    }
}
