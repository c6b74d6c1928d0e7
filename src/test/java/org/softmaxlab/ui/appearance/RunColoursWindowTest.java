package org.softmaxlab.ui.appearance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.softmaxlab.ui.FxWait.await;
import static org.softmaxlab.ui.FxWait.fx;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.softmaxlab.ui.WindowExtension;
import org.softmaxlab.session.Theme;
import org.softmaxlab.ui.run.RunState;
import org.testfx.api.FxRobot;

/**
 * One colour per run, from one stylesheet rule per run slot: a compared run's loss curve, its two
 * accuracy curves, their legend symbols and its swatch in the run list are the same colour, in the
 * light and the dark theme and in presentation mode, and two runs differ.
 */
@Tag("window")
class RunColoursWindowTest {

    @RegisterExtension
    final WindowExtension app = WindowExtension.onSubset();

    @Test
    void aComparedRunHasOneColourInBothChartsItsLegendAndTheRunList(FxRobot robot) throws Exception {
        await("the data is loaded", () -> app.window().training().stateProperty().get() == RunState.READY);
        app.finishedRun("1", "0.01");
        app.resetConfirmed(); // a trained model would be lost: Reset asks first
        app.finishedRun("1", "1");
        app.resetConfirmed(); // both runs are now compared runs, slots 1 and 2
        await("two runs are drawn", () -> robot.lookup("#loss-chart .series2.chart-series-line").tryQuery().isPresent());

        for (Theme theme : Theme.values()) {
            for (boolean presentation : new boolean[] {false, true}) {
                robot.interact(() -> {
                    app.window().appearance().themeProperty().set(theme);
                    app.window().appearance().presentationModeProperty().set(presentation);
                });
                String look = theme + (presentation ? " presentation" : "");
                List<Paint> first = fx(() -> slotColours(1));
                List<Paint> second = fx(() -> slotColours(2));
                for (Paint p : first) {
                    assertEquals(first.get(0), p, look + ": run 1's colours " + first);
                }
                for (Paint p : second) {
                    assertEquals(second.get(0), p, look + ": run 2's colours " + second);
                }
                assertNotEquals(first.get(0), second.get(0), look + ": two runs, two colours");
            }
        }
    }

    /**
     * The colours of slot {@code slot}: its loss curve, train and test accuracy curves, their legend
     * symbols and its swatch in the run list.
     */
    private List<Paint> slotColours(int slot) {
        Parent root = app.stage().getScene().getRoot();
        root.applyCss();
        Node loss = root.lookup("#loss-chart");
        Node accuracy = root.lookup("#accuracy-chart");
        return List.of(
                stroke(loss, ".series" + slot + ".chart-series-line"),
                stroke(accuracy, ".series" + (2 * slot) + ".chart-series-line"),
                stroke(accuracy, ".series" + (2 * slot + 1) + ".chart-series-line"),
                fill(loss, ".chart-legend-item-symbol.series" + slot),
                fill(accuracy, ".chart-legend-item-symbol.series" + (2 * slot)),
                fill(root.lookup("#run-list"), ".run-swatch.run-slot-" + slot));
    }

    private static Paint stroke(Node chart, String selector) {
        return ((Path) chart.lookup(selector)).getStroke();
    }

    private static Paint fill(Node parent, String selector) {
        Region region = (Region) parent.lookup(selector);
        return region.getBackground().getFills().get(0).getFill();
    }
}
