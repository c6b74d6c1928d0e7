package org.softmaxlab.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.softmaxlab.ui.ViewListeners;
import org.softmaxlab.ui.run.ChartPoint;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A curve emptied by Reset leaves nothing on the chart (issue 15: the phantom curve after Reset). */
@Tag("window")
@ExtendWith(ApplicationExtension.class)
class SeriesBindingTest {

    private final ObservableList<ChartPoint> points = FXCollections.observableArrayList();
    private final XYChart.Series<Number, Number> series = new XYChart.Series<>();
    private LineChart<Number, Number> chart;

    @Start
    void start(Stage stage) {
        chart = new LineChart<>(new NumberAxis(), new NumberAxis());
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        series.setName("train loss");
        chart.getData().add(series);
        SeriesBinding.bind(ViewListeners.of(chart), points, series, null);
        stage.setScene(new Scene(chart, 400, 300));
        stage.show();
    }

    private Path line() {
        return (Path) series.getNode();
    }

    @Test
    void anEmptiedCurveDrawsNoLine(FxRobot robot) {
        robot.interact(() -> points.setAll(List.of(new ChartPoint(0.5, 2.3e9), new ChartPoint(1, 0.9),
                new ChartPoint(1.5, 0.95))));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(line().getElements().isEmpty(), "the curve is drawn");

        robot.interact(points::clear);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(chart::layout); // a later layout must not bring the old line back
        assertEquals(0, series.getData().size());
        assertTrue(line().getElements().isEmpty(), "no line left: " + line().getElements().size() + " elements");
    }
}
