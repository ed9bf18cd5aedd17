package org.creativeatlas.ui.network;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.image.WritableImage;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.creativeatlas.logic.FileReplacer;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.logic.graph.ActorGraph;
import org.creativeatlas.logic.graph.GraphFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves the view: a PNG at a chosen scale and an SVG of the drawing as it is on screen, GEXF and GraphML of the
 * shown network. What must touch the scene (rendering) happens on the FX thread; the encoding and writing in the
 * background, into a temporary file moved over the target only when complete.
 */
final class NetworkExport {

    private static final Logger LOG = LoggerFactory.getLogger(NetworkExport.class);
    private static final List<Integer> SCALES = List.of(1, 2, 3, 4);

    /** Writes the file's content to a stream. */
    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Messages messages;
    private final NetworkViewModel network;
    private final NetworkCanvas canvas;
    private final Consumer<String> report;

    NetworkExport(Messages messages, NetworkViewModel network, NetworkCanvas canvas, Consumer<String> report) {
        this.messages = messages;
        this.network = network;
        this.canvas = canvas;
        this.report = report;
    }

    void png() {
        ChoiceDialog<Integer> ask = new ChoiceDialog<>(2, SCALES);
        ask.initOwner(owner());
        ask.setTitle(messages.get("network.export.png"));
        ask.setHeaderText(messages.get("network.export.scale"));
        Optional<Integer> scale = ask.showAndWait();
        scale.flatMap(s -> choose("png", "network.export.png")).ifPresent(target -> {
            WritableImage image = canvas.renderImage(scale.get());
            write(target, out -> {
                BufferedImage picture = SwingFXUtils.fromFXImage(image, null);
                if (!ImageIO.write(picture, "png", out)) {
                    throw new IOException("No PNG writer");
                }
            });
        });
    }

    void svg() {
        choose("svg", "network.export.svg").ifPresent(target -> {
            String svg = canvas.renderSvg();
            write(target, out -> out.write(svg.getBytes(StandardCharsets.UTF_8)));
        });
    }

    void graph(GraphFormat format) {
        choose(format.extension(), "network.export." + format.extension()).ifPresent(target -> {
            ActorGraph shown = network.shown().get();
            write(target, out -> format.write(shown, out));
        });
    }

    private Optional<Path> choose(String extension, String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get(titleKey));
        chooser.setInitialFileName("network." + extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT),
                "*." + extension));
        return Optional.ofNullable(chooser.showSaveDialog(owner())).map(File::toPath);
    }

    private Window owner() {
        return canvas.getScene().getWindow();
    }

    private void write(Path target, Content content) {
        network.runInBackground(() -> {
            try {
                FileReplacer.write(target, content::writeTo);
                Platform.runLater(() -> report.accept(messages.get("network.export.done", target.getFileName())));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Cannot export the network to {}", target, e);
                Platform.runLater(() -> report.accept(messages.get("network.export.failed", target.getFileName(),
                        e.getMessage())));
            }
        });
    }
}
