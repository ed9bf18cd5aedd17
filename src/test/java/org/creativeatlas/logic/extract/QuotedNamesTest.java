package org.creativeatlas.logic.extract;

import static org.creativeatlas.logic.extract.ExtractorFixture.find;
import static org.creativeatlas.logic.extract.ExtractorFixture.has;
import static org.creativeatlas.logic.extract.ExtractorFixture.run;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

class QuotedNamesTest {

    @Test
    void legalFormBeforeAQuoteMakesACompany() {
        var found = run("Партнерами стали ГУ \"Тундук\", ТОО «Qazaq Games» и ЗАО \"Альфа телеком\".");
        find(found, ActorType.ORGANISATION, "ГУ \"Тундук\"");
        find(found, ActorType.ORGANISATION, "ТОО «Qazaq Games»");
        find(found, ActorType.ORGANISATION, "ЗАО \"Альфа телеком\"");
    }

    @Test
    void aKazakhLegalFormAfterAQuoteMakesABody() {
        // КММ: a communal state institution, a form of Kazakhstan's public bodies
        var found = run("Шымкент қаласының «Қоғамдық келісім» КММ басшысы Нүркен Әлімқұлов.");
        find(found, ActorType.ORGANISATION, "«Қоғамдық келісім» КММ");
    }

    @Test
    void anEnglishWordForAKindOfBodyInLowerCaseNamesTheBodyWithItsQuote() {
        var found = run("The open-air program included performances by ethno-folk ensemble \"Arqaiym\" and artist "
                + "dudeontheguitar, with the museum's creative lab \"Sheberkhana\" providing art activities for all ages.");
        find(found, ActorType.ORGANISATION, "ensemble \"Arqaiym\"");
        find(found, ActorType.ORGANISATION, "lab \"Sheberkhana\"");
    }

    @Test
    void anEnglishTitleSetOffByADashAndDescribedAsAnEventIsOne() {
        var found = run("- \"Qonaqtar\"—an exhibition of Kazakh and Central Asian art from the museum's collection;\n"
                + "- \"I Understand Everything\"—the first retrospective of one of Kazakhstan's leading contemporary "
                + "artists, Almagul Menlibayeva;");
        find(found, ActorType.EVENT, "Qonaqtar");
        find(found, ActorType.EVENT, "I Understand Everything");
    }

    @Test
    void quotesAfterOrBeforeAnEventWordAreEvents() {
        var found = run("The academy held a round table on \"Music and the city\" in Almaty.");
        find(found, ActorType.EVENT, "Music and the city");
        found = run("Топ «Жаңа толқын» атты мәдени іс-шараға қатысты.");
        find(found, ActorType.EVENT, "Жаңа толқын");
        found = run("В мае прошел фестиваль «Ретро Фест» в Караколе.");
        find(found, ActorType.EVENT, "Фестиваль «Ретро Фест»"); // a Russian event keeps its head, as annotators write it
    }

    @Test
    void aTitleGivenByCalledOrEntitledIsTheEventsNamedBeforeItButNotAWorks() {
        find(run("On March 19th in the Palace of Youth Creativity the opening of an art exhibition will take place, "
                + "called “Native Landscapes”, marking the national holiday Navruz."), ActorType.EVENT,
                "Native Landscapes");
        find(run("In the central exhibition hall of the Art Academy of Uzbekistan, an exhibition of works of visual art, "
                + "photographs and folk art entitled “Uzbekistan is our common home” has opened."), ActorType.EVENT,
                "Uzbekistan is our common home");
        var found = run("The festival will also screen a documentary called “The Last Nomads”.");
        assertFalse(has(found, ActorType.EVENT, "The Last Nomads"), found.toString());
    }

    @Test
    void aKazakhQuotedTitleNamedWithAttyReachesItsEventWordPastAFewDescribingWords() {
        find(run("Алматы облысының Ескелді ауданында «Жетісу – Ұлы Жібек жолының бас қақпасы» атты қолөнер "
                + "шеберлерінің қайырмдылық көрме-жәрмеңкесі өтті."), ActorType.EVENT,
                "«Жетісу – Ұлы Жібек жолының бас қақпасы» атты қолөнер шеберлерінің қайырмдылық көрме-жәрмеңкесі");
        find(run("Кеше Бішкек қаласында Халықаралық Түркі академиясының мұрындық болуымен «Бекем бауырластық "
                + "байланыстар» атты қазақ-қырғыз зиялыларының IV форумы өтті."), ActorType.EVENT,
                "«Бекем бауырластық байланыстар» атты қазақ-қырғыз зиялыларының IV форумы"); // whose the forum is, too
        find(run("Дөңгелек үстел «Ұлт және ұлттық кітап» атты ашық есік күні аясындағы көптеген іс-шаралардың бірі "
                + "екен."), ActorType.EVENT, "«Ұлт және ұлттық кітап» атты ашық есік күні");
        find(run("Абай облысы мен Батыс Қазақстан облысы ақындарының қатысуымен өтеді деп жоспарланған \"Жайық келіп, "
                + "Ертіске қосылғанда\" атты командалық айтыс кейінге шегерілді."), ActorType.EVENT,
                "\"Жайық келіп, Ертіске қосылғанда\" атты командалық айтыс"); // the kind of event is part of its name
    }

    @Test
    void bandsOfPerformersNamedInQuotesAreBodies() {
        var found = run("В концертной программе приняли участие народные артисты Туркменистана Джемал Сапарова, "
                + "Парахат Шихимов, а также фольклорная группа «Докмачилар», танцевальные коллективы «Менгли», "
                + "«Ниязли», «Ашгабад».");
        find(found, ActorType.ORGANISATION, "Фольклорная группа «Докмачилар»");
        find(found, ActorType.ORGANISATION, "Коллектив «Менгли»");
        find(found, ActorType.ORGANISATION, "Коллектив «Ниязли»");
        find(found, ActorType.ORGANISATION, "Коллектив «Ашгабад»");
        assertFalse(has(found, ActorType.ORGANISATION, "Ашгабад"));
    }

    @Test
    void headNounsInsideQuotesAndOutsideThemBothWork() {
        var found = run("Открылся проект \"Центры цифрового образования\" и Фонд развития культуры \"Мурас\".");
        find(found, ActorType.PLATFORM, "Центры цифрового образования");
        find(found, ActorType.ORGANISATION, "Фонд развития культуры \"Мурас\"");
    }

    @Test
    void quotedTitlesOfWorksAreNoActors() {
        var found = run("Scientists presented such works as \"The Code of Humanity\" and \"Selected Poems\".");
        assertFalse(has(found, ActorType.EVENT, "The Code of Humanity"), found.toString());
        assertFalse(has(found, ActorType.ORGANISATION, "The Code of Humanity"), found.toString());
    }

    @Test
    void aQuotedNameAfterByOrARoleOfIsABodysWithoutTheCommaInsideTheQuotes() {
        var found = run("The selection committee, organized by “Tajikfilm,” includes the director of “Tajikfilm,” "
                + "Mahmadsaid Shokhiyon, his first deputy.");
        find(found, ActorType.ORGANISATION, "Tajikfilm");
        found = run("The leaders took the stage: Erkanat Zaitov, the brains behind \"NeSanatorium,\" and others.");
        find(found, ActorType.ORGANISATION, "NeSanatorium");
    }

    @Test
    void theWordsAfterAttyThatSayWhatATitleNamesStayInItsName() {
        var found = run("17 мамырда Қазақстан мен Өзбекстан арасындағы мәдени, әдеби, рухани сабақтастығы "
                + "аясында С. Торайғыров атындағы облыстық кітапханада «Достықтың дархан ұясы» атты өзбек "
                + "мәдениетінің күні өтті.");
        find(found, ActorType.EVENT, "«Достықтың дархан ұясы» атты өзбек мәдениетінің күні");
    }

    @Test
    void aQuoteAfterStaffOrABranchOfIsTheBodyTheyBelongTo() {
        var found = run("The moderator of the event is the laureate of the Prize of the President of the Republic of "
                + "Kazakhstan, the editor–in-chief of the Almaty branch of «Kazakh Radio» Bakhyt Zhagiparuly.");
        find(found, ActorType.ORGANISATION, "Kazakh Radio");
        found = run("Artists of “Kazakhconcert” will perform on June 22 at the Nurafshon Palace of Culture in Samarkand "
                + "and on June 23 at the Youth Center concert hall in Bukhara.");
        find(found, ActorType.ORGANISATION, "Kazakhconcert");
    }
}
