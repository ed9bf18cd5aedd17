package org.creativeatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.creativeatlas.logic.bench.SyntheticGraph;
import org.creativeatlas.logic.graph.ActorGraph;
import org.creativeatlas.logic.graph.ForceLayout;
import org.creativeatlas.logic.graph.LayoutListener;
import org.creativeatlas.ui.network.NetworkCanvas;
import org.creativeatlas.ui.network.NetworkDrawing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Frames per second of the network canvas while panning, at the size the view must handle (5 000 actors, 20 000
 * edges), fitted so every node and edge is on screen. Prints two figures and asserts no speed: painting alone (the
 * FX thread's share of a frame), and frames completed per second when each pulse pans and repaints (the FX thread
 * waits for the renderer, so this includes rasterising; capped by the 60 Hz pulse).
 */
@ExtendWith(ApplicationExtension.class)
class NetworkFrameRateTest {

    private NetworkCanvas canvas;

    @Start
    void start(Stage stage) {
        canvas = new NetworkCanvas(edge -> edge.type().code());
        stage.setScene(new Scene(canvas, 1280, 800));
        stage.show();
    }

    @Test
    void panningTheLargeNetwork(FxRobot robot) throws InterruptedException {
        ActorGraph graph = SyntheticGraph.build(SyntheticGraph.ACTORS, SyntheticGraph.EDGES, 2024);
        NetworkDrawing drawing = NetworkDrawing.of(graph,
                new ForceLayout().run(graph, Map.of(), Map.of(), LayoutListener.NONE).positions());
        robot.interact(() -> {
            canvas.setDrawing(drawing);
            canvas.fit();
        });
        assertEquals(SyntheticGraph.ACTORS, canvas.drawing().nodeCount());

        IntConsumer frame = i -> {
            canvas.panBy(i % 2 == 0 ? 6 : -6, 3);
            canvas.paintNow();
        };
        double paintMillis = PanFrames.paintMillis(robot, frame);
        double pulseFps = PanFrames.pulsesPerSecond(robot, frame);

        System.out.printf(Locale.ROOT, "network_pan_fps %d actors %d edges: paint %.1f ms/frame (%.0f fps), "
                        + "pulses %.0f fps (software pipeline, headless)%n", drawing.nodeCount(), drawing.edgeCount(),
                paintMillis, 1000 / paintMillis, pulseFps);
    }
}
