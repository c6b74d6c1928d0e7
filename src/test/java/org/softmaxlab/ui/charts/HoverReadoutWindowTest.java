package org.softmaxlab.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.softmaxlab.ui.FxWait.await;
import static org.softmaxlab.ui.FxWait.fx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.softmaxlab.ui.run.ChartPoint;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The hover readout names what is under the mouse (issue 21 item 7): at epoch 6 it read "epoch 10.01",
 * the first point of a run that starts there, as if it were the point nearest the cursor.
 */
@Tag("window")
@ExtendWith(ApplicationExtension.class)
class HoverReadoutWindowTest {

    private LineChart<Number, Number> chart;
    private NumberAxis epochs;

    @Start
    void start(Stage stage) {
        epochs = new NumberAxis(0, 20, 2);
        epochs.setAutoRanging(false);
        chart = new LineChart<>(epochs, new NumberAxis(0, 3, 0.5));
        chart.setAnimated(false);
        // A run over epochs 0–10, one that went on from 10.01 to 20, and one that ended at 2.
        new ChartHover(chart, epochs)
                .curve(points(0.05, 10), (value, epoch) -> line("first", epoch))
                .curve(points(10.01, 20), (value, epoch) -> line("continued", epoch))
                .curve(points(0.05, 2), (value, epoch) -> line("short", epoch));
        stage.setScene(new Scene(chart, 800, 500));
        stage.show();
    }

    private static String line(String run, double epoch) {
        return String.format(Locale.ROOT, "%s: epoch %.2f", run, epoch);
    }

    private static List<ChartPoint> points(double from, double to) {
        List<ChartPoint> points = new ArrayList<>();
        for (double epoch = from; epoch <= to + 1e-9; epoch += 0.05) {
            points.add(new ChartPoint(epoch, 1));
        }
        return points;
    }

    @Test
    void theReadoutNamesOnlyPointsNearTheMouse(FxRobot robot) throws Exception {
        assertEquals(List.of("first"), runsReadAt(robot, 6), "at epoch 6 (a continued run's 10.01 was named)");
        assertEquals(List.of("continued"), runsReadAt(robot, 14));
        assertEquals(List.of("first", "short"), runsReadAt(robot, 1));
    }

    /** The runs the readout names with the mouse at {@code epoch}, once every line it has is about there. */
    private List<String> runsReadAt(FxRobot robot, double epoch) throws Exception {
        String text = hoverAt(robot, epoch);
        return text.lines().map(line -> line.substring(0, line.indexOf(':'))).toList();
    }

    private String hoverAt(FxRobot robot, double epoch) throws Exception {
        Point2D onScreen = fx(() -> epochs.localToScreen(epochs.getDisplayPosition(epoch), 0));
        // Over the plot, above the epoch axis.
        robot.moveTo(new Point2D(onScreen.getX(), onScreen.getY() - 100));
        // Every line names a point within 0.1 epoch of the mouse: the readout follows it. Without the fix
        // the far point "continued: epoch 10.01" stays in the readout at epoch 6, and this wait fails.
        await("a readout of points near epoch " + epoch, () -> {
            String text = readout();
            return !text.isEmpty() && text.lines().allMatch(line ->
                    Math.abs(Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)) - epoch) < 0.1);
        });
        return readout();
    }

    private static String readout() throws Exception {
        return fx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Tooltip && w.isShowing())
                .map(w -> ((Tooltip) w).getText())
                .findFirst().orElse(""));
    }
}
