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
 * light and the dark theme and in presentation mode, and two runs differ; a run keeps its colour across
 * Reset (issue 21 item 7: the live run, blue, turned orange once Reset made it a compared run).
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
                List<Paint> first = fx(() -> overlayColours(1));
                List<Paint> second = fx(() -> overlayColours(2));
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

    @Test
    void aRunKeepsItsColourAcrossReset(FxRobot robot) throws Exception {
        await("the data is loaded", () -> app.window().training().stateProperty().get() == RunState.READY);
        app.finishedRun("1", "0.01");
        app.resetConfirmed();
        app.finishedRun("1", "1"); // run 2, live, compared with run 1
        await("two runs are drawn", () -> app.window().runs().overlays().size() == 1);
        Paint live = fx(() -> runLineColour("Run 2"));
        Paint first = fx(() -> runLineColour("Run 1"));
        assertNotEquals(first, live, "two runs, two colours");
        app.resetConfirmed(); // run 2 is now a compared run, no longer live
        await("run 2 is drawn as a compared run", () -> app.window().runs().overlays().size() == 2);
        assertEquals(live, fx(() -> runLineColour("Run 2")), "run 2 keeps its colour after Reset");
        assertEquals(first, fx(() -> runLineColour("Run 1")), "run 1 keeps its colour after Reset");
    }

    /** The stroke of the loss curve of the run whose legend name is {@code name}. */
    private Paint runLineColour(String name) {
        Parent root = app.stage().getScene().getRoot();
        root.applyCss();
        root.layout();
        var chart = (javafx.scene.chart.XYChart<?, ?>) root.lookup("#loss-chart");
        return chart.getData().stream()
                .filter(series -> !series.getData().isEmpty() && series.getName().startsWith(name))
                .map(series -> ((Path) series.getNode()).getStroke())
                .findFirst().orElseThrow(() -> new AssertionError("no curve named " + name + " in "
                        + chart.getData().stream().map(javafx.scene.chart.XYChart.Series::getName).toList()));
    }

    /**
     * The colours of the compared run drawn {@code index}th (from 1): its loss curve, train and test
     * accuracy curves, their legend symbols and its swatch in the run list (its slot's).
     */
    private List<Paint> overlayColours(int index) {
        Parent root = app.stage().getScene().getRoot();
        root.applyCss();
        root.layout();
        Node loss = root.lookup("#loss-chart");
        Node accuracy = root.lookup("#accuracy-chart");
        int slot = app.window().runs().overlays().get(index - 1).slot();
        return List.of(
                stroke(loss, ".series" + index + ".chart-series-line"),
                stroke(accuracy, ".series" + (2 * index) + ".chart-series-line"),
                stroke(accuracy, ".series" + (2 * index + 1) + ".chart-series-line"),
                fill(loss, ".chart-legend-item-symbol.series" + index),
                fill(accuracy, ".chart-legend-item-symbol.series" + (2 * index)),
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
