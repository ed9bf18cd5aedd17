package org.creativeatlas.ui.network;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.logic.graph.ActorGraph;
import org.creativeatlas.logic.graph.GraphFormat;
import org.creativeatlas.ui.FileExport;

/**
 * Saves the view: a PNG at a chosen scale and an SVG of the drawing as it is on screen, GEXF and GraphML of the
 * shown network. What must touch the scene (rendering) happens on the FX thread; the encoding and writing in the
 * background, after any layout in progress.
 */
final class NetworkExport {

    private final NetworkViewModel network;
    private final NetworkCanvas canvas;
    private final Messages messages;
    private final Consumer<String> report;

    NetworkExport(Messages messages, NetworkViewModel network, NetworkCanvas canvas, Consumer<String> report) {
        this.messages = messages;
        this.network = network;
        this.canvas = canvas;
        this.report = report;
    }

    private FileExport files() {
        return new FileExport(messages, canvas.getScene().getWindow(), network::runInBackground, report,
                "network.export");
    }

    void png() {
        FileExport files = files();
        files.askScale("network.export.png", "network.export.scale").ifPresent(scale ->
                files.choose("network.export.png", "network", "png").ifPresent(target -> {
                    WritableImage image = canvas.renderImage(scale);
                    files.write(target, out -> {
                        BufferedImage picture = SwingFXUtils.fromFXImage(image, null);
                        if (!ImageIO.write(picture, "png", out)) {
                            throw new IOException("No PNG writer");
                        }
                    });
                }));
    }

    void svg() {
        FileExport files = files();
        files.choose("network.export.svg", "network", "svg").ifPresent(target -> {
            String svg = canvas.renderSvg();
            files.write(target, out -> out.write(svg.getBytes(StandardCharsets.UTF_8)));
        });
    }

    void graph(GraphFormat format) {
        FileExport files = files();
        files.choose("network.export." + format.extension(), "network", format.extension()).ifPresent(target -> {
            ActorGraph shown = network.shown().get();
            files.write(target, out -> format.write(shown, out));
        });
    }
}
