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

/** Abbreviations no bracket gives, a city that closes a body's name, and states in brackets, from published pages. */
class AbbreviationsAndBracketsTest {

    @Test
    void anAbbreviationOfANamesInitialsIsThatBody() {
        List<Candidate> found = run("Международная конференция, посвященная столетию со дня рождения известного кыргызского поэта, "
                + "драматурга и переводчика Алыкула Осмонова пройдет в 2015 году в Московском государственном "
                + "лингвистическом университете. Договоренность об этом достигнута в ходе посещения МГЛУ членом "
                + "оргкомитета по празднованию юбилея Алыкула Осмонова Аскарбеком Эрматовым.\nКак рассказала "
                + "руководитель центра кыргызского языка и культуры имени Чингиза Айтматова при МГЛУ Женишгуль "
                + "Байтерекова, Эрматов посетил урок, посвященный творчеству Осмонова. Урок прошел с участием "
                + "российских студентов, изучающих в МГЛУ под началом Байтерековой кыргызский язык. Во время "
                + "этого занятия они прочитали стихи Осмонова, а Аскарбек Эрматов рассказал о том, как в "
                + "Кыргызстане готовятся отметить юбилей классика национальной литературы.");
        assertFalse(has(found, ActorType.ORGANISATION, "МГЛУ"), names(found).toString());
        find(found, ActorType.ORGANISATION, "Московский государственный лингвистический университет");
    }

    @Test
    void anAbbreviationSetOffByADashAfterABodysNameIsThatBody() {
        List<Candidate> found = run("Тема развития культурного диалога была обсуждена в ходе онлайн-встречи руководства "
                + "Министерства культуры Туркменистана с Генеральным секретарем Международной организации "
                + "тюркской культуры – ТЮРКСОЙ Дюсеном Касеиновым.\nВсе вместе они провели зажигательный "
                + "видеофестиваль «Куштдепди», в ходе которого артисты стран-членов ТЮРКСОЙ спели и станцевали "
                + "этот старинный обрядовый танец туркмен. Завершился музыкально-этнографический марафон "
                + "выступлением Государственного ансамбля танца Туркменистана.");
        assertFalse(has(found, ActorType.ORGANISATION, "ТЮРКСОЙ"), names(found).toString());
        find(found, ActorType.ORGANISATION, "Международная организация тюркской культуры");
    }

    @Test
    void aCityWrittenWithANonBreakingHyphenClosesTheBodysName() {
        List<Candidate> found = run("Со стороны Комитета по внешним связям Санкт\u2011Петербурга участников приветствовал "
                + "заместитель председателя Комитета Арби Абубакаров.");
        assertEquals("RU", find(found, ActorType.ORGANISATION, "Комитет по внешним связям Санкт-Петербурга").country());
        List<Candidate> consul = run("Генеральный консул Республики Таджикистан в Санкт\u2011Петербурге Хамиджон Назари Темур "
                + "приветствовал участников и выступил с докладом о развитии двусторонних отношений. Он отметил "
                + "крайне активную деятельность обеих сторон по укреплению взаимовыгодного диалога и выразил "
                + "надежду, что тенденция будет сохраняться.");
        assertEquals("TJ", find(consul, ActorType.PERSON, "Хамиджон Назари Темур").country());
    }

    @Test
    void aStateClosingTheBracketAfterTwoPeopleAndTheirBodyIsTheirs() {
        List<Candidate> found = run("• “Transition to Sustainable Financing: ESG Practices in the Banking Sector of Kyrgyzstan” – "
                + "Chinara Adamkulova and Arsen Akhunbaev (KNU, Kyrgyzstan);\n• “Integrating Sustainability "
                + "Principles into University Curricula” – Sara Orazbekovna Kitaibekova (KAU, Kazakhstan);");
        assertEquals("KG", find(found, ActorType.PERSON, "Chinara Adamkulova").country());
        assertEquals("KG", find(found, ActorType.ORGANISATION, "KNU").country());
        assertEquals("KZ", find(found, ActorType.ORGANISATION, "KAU").country());
    }

    @Test
    void bodiesListedInBracketsAfterAStateAreItsBodies() {
        // a conference on the Russian language and culture in Jalal-Abad
        List<Candidate> found = run("Russian language and culture in Kyrgyzstan\n\nThe faculty of the Scientific Research Medical "
                + "and Social Institute took part on February 11 in the international scientific and practical "
                + "conference on the topic “Russian language and culture in Kyrgyzstan: history and modernity, "
                + "problems and prospects for interaction” at the International University named after K.Sh. "
                + "Toktomamatova (MNU, Jalal-Abad). The conference was held in a hybrid format (offline and "
                + "online), which was attended by more than 115 scientists and specialists in philology and "
                + "pedagogy, history and political science, ethnography and cultural studies from universities "
                + "and scientific institutions of the Russian Federation, the Republic of Kazakhstan, the "
                + "Republic of Uzbekistan, the Kyrgyz Republic (KNU , KSU named after I. Arabaev, KSMA, ZHAGU, "
                + "SMU, Osh State University, BatSU, MNU), as well as representatives of local governments, "
                + "representatives of the Russian Academy of Sciences, International Humanitarian University. "
                + "P.P. Semenov-Tyan-Shansky (Russian Federation, St. Petersburg), the Russian Center for Science "
                + "and Culture, the Russian Center of the Russian Fund “Russian World” in Osh, the “Eurasian "
                + "Generation” Foundation, the Assembly of the Peoples of Kyrgyzstan for the Jalal-Abad region, "
                + "Jalal -Abad Regional Association “Slavic Diaspora”. The participants discussed their research "
                + "and shared their opinions in the study of this topic.");
        assertEquals("KG", find(found, ActorType.ORGANISATION, "ZHAGU").country());
        assertEquals("KG", find(found, ActorType.ORGANISATION, "BatSU").country());
        assertEquals("KG", find(found, ActorType.ORGANISATION, "KNU").country());
    }
}
