package org.creativeatlas.ui;

import java.util.stream.IntStream;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The app's icon on its windows, in the sizes window managers and task bars pick from. The images are made from
 * packaging/icons/creative-atlas.svg by packaging/icons/make-icons.sh, like the installers' icons.
 */
public final class AppIcon {

    static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private AppIcon() {
    }

    /**
     * Gives {@code stage} the icon. The images (25 KB in all) load at once: a window takes only the images already
     * loaded when it is shown, so an icon still loading in the background would never reach it.
     */
    public static void setOn(Stage stage) {
        stage.getIcons().setAll(IntStream.of(SIZES)
                .mapToObj(size -> new Image(AppIcon.class.getResource("icons/app-" + size + ".png").toExternalForm()))
                .toList());
    }
}
