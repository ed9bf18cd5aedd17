package org.creativeatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.creativeatlas.ui.viewmodel.CandidateRow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A Kazakh news item in Arabic letters, reviewed: it is set flush right in lines that JavaFX need not wrap (it draws
 * wrapped right-to-left lines with pieces repeated and lost), and every highlight covers the letters it stands for.
 */
class RightToLeftReviewTest extends AtlasWindowTest {

    /** The opening of Kazinform's item on days of Kazakh cinema in Bishkek, in its edition in Arabic letters. */
    private static final String ITEM = """
            بىشكەكتە قازاقستان كينوسى كۇندەرى اشىلدى
            بىشكەك. قازاقپارات - 20- تامىزدا بىشكەكتە قازاقستان پرەزيدەنتى قاسىم-جومارت توقايەۆتىڭ قىرعىزستانعا رەسمي \
            ساپارى قارساڭىندا «الا- توو» كينوتەاترىندا قازاقستان كينوسى كۇندەرى باستالدى، دەپ حابارلايدى Kazinform \
            اگەنتتىگىنىڭ مەنشىكتى ءتىلشىسى.
            قازاقستاننىڭ مادەنيەت، اقپارات، سپورت جانە جاستار ساياساتى مينيسترلىگىنىڭ كينو دەپارتامەنتى \
            ديرەكتورىنىڭ ورىنباسارى مارات اساناليەۆ قازاقستان كينوسى كۇندەرىن قىرعىزستاندا وتكىزۋ — ەكى ەل \
            اراسىنداعى شىعارماشىلىق ديالوگ پەن حالىقارالىق مادەني ىنتىماقتاستىقتىڭ ناقتى كورىنىسى ەكەنىن اتاپ ءوتتى.
            """;

    @Override
    void open(Stage stage) {
        app.startEmpty(stage);
    }

    @Test
    void anArabicScriptItemIsSetFlushRightAndMarkedOnItsNames(FxRobot robot) throws Exception {
        Path file = dir.resolve("kazinform-ar.txt");
        Files.writeString(file, ITEM);
        app.importFiles(robot, file);
        TableView<CandidateRow> table = AtlasWindowFixture.awaitReview(robot, null);

        TextFlow flow = robot.lookup(".document-view").queryAs(javafx.scene.Parent.class)
                .getChildrenUnmodifiable().stream().filter(TextFlow.class::isInstance).map(TextFlow.class::cast)
                .findFirst().orElseThrow();
        assertEquals(TextAlignment.RIGHT, flow.getTextAlignment());
        Text text = (Text) flow.getChildren().get(0);
        assertEquals(ITEM.strip().replace('\n', ' '), text.getText().strip().replace('\n', ' '),
                "line breaks stand in for spaces, so offsets hold");
        assertTrue(text.getText().split("\n").length > ITEM.strip().split("\n").length, "lines were broken");
        for (String line : text.getText().split("\n")) {
            Text measured = new Text(line);
            measured.setFont(text.getFont());
            assertTrue(measured.getLayoutBounds().getWidth() <= flow.getWidth(), "no line needs wrapping: " + line);
        }
        assertTrue(DocumentMarks.checkReview(robot, table) >= 5, "the item's people, bodies and event are proposed");
    }

    @Test
    void aLabelOfARightToLeftNameStaysOnOneLineWithItsWholeTextInATooltip(FxRobot robot) {
        javafx.scene.control.Label arabic = new javafx.scene.control.Label();
        javafx.scene.control.Label cyrillic = new javafx.scene.control.Label();
        robot.interact(() -> {
            arabic.setText("«شاكەن ايمانوۆ اتىنداعى قازاق فيلم» ۇلتتىق كينوستۋدياسى");
            RightToLeft.wrap(arabic);
            cyrillic.setText("«Шәкен Айманов атындағы Қазақфильм» ұлттық киностудиясы");
            RightToLeft.wrap(cyrillic);
        });
        assertTrue(!arabic.isWrapText() && arabic.getTooltip().getText().equals(arabic.getText()));
        assertTrue(cyrillic.isWrapText() && cyrillic.getTooltip() == null);
    }
}
