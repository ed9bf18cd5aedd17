package org.creativeatlas.logic.extract;

import static org.creativeatlas.logic.extract.ExtractorFixture.find;
import static org.creativeatlas.logic.extract.ExtractorFixture.has;
import static org.creativeatlas.logic.extract.ExtractorFixture.names;
import static org.creativeatlas.logic.extract.ExtractorFixture.run;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

/**
 * The Commonwealth of Independent States named as a region, its bodies named in full, an executive body, and the state
 * an envoy is sent to.
 */
class RegionsAndExecutiveBodiesTest {

    @Test
    void theCisCountriesAreARegionNoActor() {
        List<Candidate> found = run("The conference made a significant contribution to the promotion of the study "
                + "of the Russian language and Russian culture in Kyrgyzstan, as well as in the CIS countries. In his "
                + "report, Kamoliddin Saifiddinzoda noted the dynamic expansion of theatrical ties, the contribution of "
                + "Emomali Rahmon to the development of intercultural dialogue in the CIS space and the opportunities "
                + "that this opens up to increase creative and human potential.");
        assertFalse(has(found, ActorType.ORGANISATION, "CIS"), names(found).toString());
        assertFalse(found.stream().anyMatch(c -> c.name().startsWith("CIS")), names(found).toString());
    }

    @Test
    void aRussianTextsCisCountriesAreARegionButItsAssemblyIsABody() {
        List<Candidate> found = run("Сегодня, 8 мая, в Таврическом дворце в Санкт-Петербурге в рамках заседания "
                + "Межпарламентской ассамблеи СНГ открылись Дни культуры Кыргызской Республики. В кинофестивале примут "
                + "участие картины из всех стран СНГ, за исключением Туркменистана.");
        find(found, ActorType.ORGANISATION, "Межпарламентская ассамблея СНГ");
        assertFalse(has(found, ActorType.ORGANISATION, "СНГ"), names(found).toString());
    }

    @Test
    void aTitleWordRightBeforeABodysHeadIsPartOfItsName() {
        List<Candidate> found = run("As well as members of the Assembly of People of Kazakhstan, members of the "
                + "Scientific and Expert Council of the APK, representatives and members of Ethno-Cultural associations, "
                + "employees of the House of Friendship. Foreign ministers of Armenia, Azerbaijan, Belarus, Kazakhstan, "
                + "Kyrgyzstan, Moldova, Russia, Tajikistan, Turkmenistan and Uzbekistan, as well as the Chairman of the "
                + "CIS Executive Committee Sergei Lebedev also participated in the meeting.");
        find(found, ActorType.ORGANISATION, "CIS Executive Committee");
        find(found, ActorType.ORGANISATION, "Scientific and Expert Council of the APK");
    }

    @Test
    void theStateAnEnvoyIsSentToIsNoPartOfTheBodyHeServesButADelegationKeepsIt() {
        List<Candidate> found = run("The Delegation of the European Union to Turkmenistan, the Embassy of France in "
                + "Turkmenistan and the Ministry of Culture of Turkmenistan are proud to celebrate the European Culture "
                + "Days in Turkmenistan. Ambassador of the European Union to Turkmenistan, Beata Peksa, in her opening "
                + "remarks emphasized the following.");
        find(found, ActorType.ORGANISATION, "Delegation of the European Union to Turkmenistan");
        find(found, ActorType.ORGANISATION, "European Union");
        assertFalse(has(found, ActorType.ORGANISATION, "European Union to Turkmenistan"), names(found).toString());
    }
}
