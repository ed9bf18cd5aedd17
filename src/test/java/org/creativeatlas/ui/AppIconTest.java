package org.creativeatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;

/** The main window shows the app's icon, in every size a desktop picks from, loaded from the app's resources. */
class AppIconTest extends AtlasWindowTest {

    private Stage stage;

    @Override
    void open(Stage stage) {
        this.stage = stage;
        super.open(stage);
    }

    @Test
    void theWindowCarriesTheIconInEachSize() throws Exception {
        List<Image> icons = List.copyOf(stage.getIcons());

        assertEquals(IntStream.of(AppIcon.SIZES).boxed().toList(),
                icons.stream().filter(i -> !i.isError()).map(i -> (int) i.getWidth()).toList());
        icons.forEach(i -> assertEquals(i.getWidth(), i.getHeight()));
        icons.forEach(i -> assertEquals(1.0, i.getProgress(), "loaded by the time the window is shown"));
    }
}
