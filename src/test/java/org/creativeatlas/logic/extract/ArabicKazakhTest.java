package org.creativeatlas.logic.extract;

import static org.creativeatlas.logic.extract.ExtractorFixture.find;
import static org.creativeatlas.logic.extract.ExtractorFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

/** Kazakh in the Arabic letters of the Kazakhs of China is read by the Kazakh rules and answered in its own letters. */
class ArabicKazakhTest {

    private static final String GUESTS = "ءىس- شاراعا پارلامەنت سەناتىنىڭ ءتوراعاسى ماۋلەن اشىمبايەۆ، قىرعىز "
            + "رەسپۋبليكاسى جوگوركۋ كەنەشىنىڭ ءتوراعاسى نۋرلانبەك تۋرگۋنبەك ۋۋلۋ، قىرعىز رەسپۋبليكاسى پرەزيدەنتىنىڭ "
            + "كەڭەسشىسى اسلان قويچيەۆ، ق ر حالىق جازۋشىسى تولەن ابدىك، ق ر ەڭبەك سىڭىرگەن قايراتكەرى، بەلگىلى ماناسشى "
            + "بايانعالي ءالىمجانوۆ، «قازاق گازەتتەرى» ج ش س باسقارما ءتوراعاسى ديحان قامزابەك ۇلى، مەملەكەت جانە قوعام "
            + "قايراتكەرلەرى، عالىمدار، ەكى ەلدىڭ زيالى قاۋىم وكىلدەرى، قازاق دياسپوراسى، جاستار قاتىستى.";

    @Test
    void peopleAndBodiesAreFoundAndNamedInArabicLettersAtTheirOffsets() {
        List<Candidate> found = run(GUESTS);
        for (String person : List.of("ماۋلەن اشىمبايەۆ", "اسلان قويچيەۆ", "تولەن ابدىك", "بايانعالي ءالىمجانوۆ")) {
            Candidate c = find(found, ActorType.PERSON, person);
            Candidate.Span passage = c.passages().get(0);
            assertEquals(person, GUESTS.substring(passage.start(), passage.end()));
        }
        find(found, ActorType.ORGANISATION, "«قازاق گازەتتەرى» ج ش س");
        // the Senate is named in the nominative, its ending spelt back in Arabic letters
        find(found, ActorType.ORGANISATION, "پارلامەنت سەناتى");
    }

    @Test
    void theCorpusChoosesTheVowelsAndTellsCommonWordsFromNames() {
        String cyrillic = ArabicKazakh.of(GUESTS).cyrillic;
        // a loan word keeps its back vowels though its е would make a native word front
        assertTrue(cyrillic.contains("Парламент Сенатының"), cyrillic);
        assertTrue(cyrillic.contains("халық жазушысы"), cyrillic);
        // letters written one by one close up into an abbreviation
        assertTrue(cyrillic.contains("ҚР халық"), cyrillic);
        assertTrue(cyrillic.contains("Аслан"), cyrillic);
    }

    @Test
    void aMinistrysFieldsOpenWithACapitalAsCyrillicWritesThem() {
        String text = "اتالعان مادەني شاراعا قىرعىز رەسپۋبليكاسى مادەنيەت، اقپارات جانە تۋريزم ٴمينيسترىنىڭ ورىنباسارى "
                + "فارحاد بەكمانبەتوۆ، قازاقستان رەسپۋبليكاسىنداعى قىرعىز رەسپۋبليكاسى ىستەرى بويىنشا ۋاقىتشا سەنىم "
                + "جۇكتەلگەن وكىل كايناربەك توكتومۋشەۆ، قىرعىزستان رەسپۋبليكاسى كىتاپ پالاتاسىنىڭ ديرەكتورى كويچۋمان "
                + "مومۋنكۋلوۆ، قازاقستان مەن قىرعىزستاننىڭ زيالى قاۋىم وكىلدەرى، جۋرناليستەر قاتىستى.";
        assertTrue(ArabicKazakh.of(text).cyrillic.contains("Қырғыз Республикасы Мәдениет, ақпарат және туризм"),
                ArabicKazakh.of(text).cyrillic);
        List<Candidate> found = run(text);
        assertEquals("KG", find(found, ActorType.ORGANISATION,
                "قىرعىز رەسپۋبليكاسى مادەنيەت، اقپارات جانە تۋريزم ٴمينيسترلىگى").country());
        assertEquals("KG", find(found, ActorType.PERSON, "فارحاد بەكمانبەتوۆ").country());
    }

    @Test
    void aCommonWordAfterATitleAndBeforeASurnameIsAFirstName() {
        List<Candidate> found = run("ءىس-شاراعا قازاقستان رەسپۋبليكاسىنىڭ مادەنيەت جانە اقپارات ءمينيسترى ايدا "
                + "بالايەۆا، قىرعىزستاننىڭ مادەنيەت، اقپارات، سپورت جانە جاستار ساياساتى ءمينيسترىنىڭ ورىنباسارى "
                + "اسكارالى مادامينوۆ، وش قالاسىنىڭ مەرى جەنيشبەك توكتوربايەۆ، سونداي-اق ديپلوماتيالىق كورپۋس پەن "
                + "شىعارماشىلىق زيالى قاۋىم وكىلدەرى قاتىستى.");
        assertEquals("KZ", find(found, ActorType.PERSON, "ايدا بالايەۆا").country());
        find(found, ActorType.ORGANISATION, "قازاقستان رەسپۋبليكاسىنىڭ مادەنيەت جانە اقپارات ءمينيسترلىگى");
    }

    @Test
    void southAfricaInAListOfCountriesIsAPlaceNotAPerson() {
        List<Candidate> found = run("بيىلعى ءان دوداسىنا قىرعىزستان، وزبەكستان، ازەربايجان، تاتارستان، باشقۇرتسان، "
                + "تۇركيا، تىۆا، پورتۋگاليا، رۋمىنيا، يتاليا، وڭتۇستىك افريكا، سان-مارينو، كۋبا، ەكۆادور، بولگاريا، "
                + "تۋنيس جانە يندونەزيا ەلدەرىنەن كاسىبي انشىلەر قاتىسىپ جاتىر.");
        assertFalse(found.stream().anyMatch(c -> c.name().contains("افريكا")), found.toString());
    }

    @Test
    void cyrillicKazakhIsWrittenInArabicLettersAsThePressWritesIt() {
        // the words as Kazinform's edition prints them in «قازاقستاننىڭ مادەنيەت، اقپارات، سپورت جانە …»
        assertEquals("قازاقستاننىڭ مادەنيەت، اقپارات، سپورت جانە",
                ArabicKazakh.written("Қазақстанның мәдениет, ақпарат, спорт және"));
    }

    @Test
    void arabicAndTextsInOtherScriptsAreNotReadAsKazakh() {
        // the first article of the Universal Declaration of Human Rights in Arabic
        assertFalse(ArabicKazakh.is("يولد جميع الناس أحرارًا متساوين في الكرامة والحقوق. وقد وهبوا عقلاً وضميرًا "
                + "وعليهم أن يعامل بعضهم بعضًا بروح الإخاء."));
        // and in Uyghur, whose letters are close to Kazakh's
        assertFalse(ArabicKazakh.is("ھەممە ئادەم تۇغۇلۇشىدىنلا ئەركىن، ئىززەت-ھۆرمەت ۋە ھوقۇقتا باب-باراۋەر بولۇپ "
                + "تۇغۇلغان. ئۇلار ئەقىلگە ۋە ۋىجدانغا ئىگە ھەمدە بىر-بىرىگە قېرىنداشلىق مۇناسىۋىتىگە خاس روھ بىلەن "
                + "موئامىلە قىلىشى كېرەك."));
        assertFalse(ArabicKazakh.is("Бүгін ҚР Ұлттық академиялық кітапханасында қырғыз әдебиеті орталығы ашылды."));
    }

    @Test
    void anAbstractNounInACaseIsACommonWordThoughTheCorpusLacksIt() {
        List<Candidate> found = run("\"اباي – الەمدىك اۋقىمداعى الىپ تۇلعا. ونىڭ شىعارمالارى بۇكىل ادامزاتتىڭ اسىل مۇراسىنا "
                + "اينالدى. جەر جۇزىندەگى كوپتەگەن قالادا حاكىم ابايدىڭ ەسكەرتكىشى بار. ۇلى اقىن سانالى "
                + "عۇمىرىن اعارتۋ ىسىنە ارنادى. اباي \"تالاپ قىل ارتىق بىلۋگە\" دەپ، ونەر-ءبىلىم "
                + "فيلوسوفياسىن كەڭىنەن ناسيحاتتادى. ول تەڭدەسسىز تۋىندىلارى ارقىلى مىزعىماس "
                + "قۇندىلىقتاردى دارىپتەدى. جۇرتتى وتانشىلدىققا، بىلىمپازدىققا، ەڭبەكقورلىققا باۋلىدى. "
                + "جاقسىلىق پەن پاراساتتىلىققا ۇندەدى. اشحابادتا اباي ەسكەرتكىشىنىڭ اشىلۋى – "
                + "باۋىرلاستىعىمىزدى نىعايتا تۇسەتىن بىرەگەي باستاما\", – دەدى قاسىم-جومارت توقاەۆ.");
        List<String> people = found.stream().filter(c -> c.type() == ActorType.PERSON).map(Candidate::name).toList();
        assertEquals(List.of("قاسىم-جومارت توقاەۆ"), people);
    }

    @Test
    void aHamzaSetApartBeforeAQuoteIsReadAsNothingAndBreaksNothing() {
        List<Candidate> found = run("سونداي-اق، اقىن زاميرام مۇسايەۆانىڭ بالالارعا ارنالعان ء«مولدىر بولسىن جۇرەكتەر» "
                + "كىتابى وقىرمانعا ۇسىنىلدى، - دەدى قازاق ادەبيەتى كەڭەسىنىڭ ءتوراعاسى ءتۇرسىنالى "
                + "احمەتوۆ.");
        find(found, ActorType.PERSON, "زاميرام مۇسايەۆا");
    }

    @Test
    void stateTheatresOpenedByANationOrByThePersonTheyAreNamedAfterAreNamed() {
        List<Candidate> found = run("ەلوردالىق مادەنيەت باسقارماسى باسشىسىنىڭ مالىمەتىنشە، كورەرمەندەر مەن تەاتر "
                + "سىنشىلارىنىڭ نازارىنا وزبەك ۇلتتىق اكادەميالىق دراما تەاترى مەن ب. كىدىكەەۆا "
                + "اتىنداعى قىرعىز مەملەكەتتىك جاستار تەاترى، ق. قۋانىشباەۆ اتىنداعى قازاق "
                + "مەملەكەتتىك اكادەميالىق مۋزىكالىق-دراما تەاترى، ع. مۇسىرەپوۆ اتىنداعى قازاق "
                + "مەملەكەتتىك اكادەميالىق بالالار مەن جاسوسپىرىمدەر تەاترى، م. اۋەزوۆ اتىنداعى "
                + "مەملەكەتتىك اكادەميالىق ورىس دراما تەاترى ۇزدىك قويىلىمدارىن ۇسىنادى. گوركي "
                + "اتىنداعى مەملەكەتتىك اكادەميالىق دراما تەاترى، قازاقستان رەسپۋبليكاسى ۇلتتىق "
                + "ۇلان ءان-بي ءانسامبلى، نۇر-سۇلتان قالاسى اكىمدىگىنىڭ جاستار تەاترى، «Astana "
                + "Musical» مەملەكەتتىك تەاترى جانە ءا.مامبەتوۆ اتىنداعى مەملەكەتتىك دراما جانە "
                + "كومەديا تەاترى بار.");
        find(found, ActorType.ORGANISATION, "وزبەك ۇلتتىق اكادەميالىق دراما تەاترى");
        find(found, ActorType.ORGANISATION, "گوركي اتىنداعى مەملەكەتتىك اكادەميالىق دراما تەاترى");
        assertTrue(found.stream().anyMatch(c -> c.name().startsWith("ع. مۇسىرەپوۆ اتىنداعى")
                && c.name().endsWith("تەاترى")), found.toString());
    }
}
