package org.softmaxlab.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.softmaxlab.ui.FxWait.fx;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Learning-rate change labels (issue 21 item 7): three rate changes close together early in a run, where
 * the loss curve still runs along the top of the plot. The labels neither cover one another nor the curve.
 */
@Tag("window")
@ExtendWith(ApplicationExtension.class)
class MarkerLabelsWindowTest {

    private MarkedLineChart chart;

    @Start
    void start(Stage stage) {
        NumberAxis epochs = new NumberAxis(0, 10, 1);
        epochs.setAutoRanging(false);
        NumberAxis loss = new NumberAxis(0, 2.5, 0.5);
        loss.setAutoRanging(false);
        chart = new MarkedLineChart(epochs, loss);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        XYChart.Series<Number, Number> curve = new XYChart.Series<>();
        // A loss that stays near the top of the plot, where the labels' first row is (a small learning rate).
        for (double epoch = 0.05; epoch <= 10; epoch += 0.05) {
            curve.getData().add(new XYChart.Data<>(epoch, 2.4 - 0.05 * epoch));
        }
        chart.getData().add(curve);
        chart.setMarkers(List.of(
                new ChartMarker(0.5, "lr 0.1 → 0.3 (Run 2)", ChartMarker.Kind.LEARNING_RATE, 1),
                new ChartMarker(0.7, "lr 0.3 → 1 (Run 2)", ChartMarker.Kind.LEARNING_RATE, 1),
                new ChartMarker(1.2, "lr 0.1 → 0.01 (Run 3)", ChartMarker.Kind.LEARNING_RATE, 2)));
        stage.setScene(new Scene(chart, 800, 500));
        stage.show();
    }

    @Test
    void rateChangeLabelsCoverNeitherEachOtherNorTheCurve(FxRobot robot) throws Exception {
        robot.interact(() -> chart.layout());
        List<Node> labels = fx(() -> List.copyOf(chart.lookupAll(".chart-marker-label")));
        assertEquals(3, labels.size());
        List<Bounds> boxes = new ArrayList<>();
        for (Node label : labels) {
            boxes.add(fx(() -> label.localToScene(label.getLayoutBounds())));
        }
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(boxes.get(i).intersects(boxes.get(j)), "labels " + i + " and " + j + " overlap: " + boxes);
            }
        }
        Node line = fx(() -> chart.getData().get(0).getNode());
        for (int i = 0; i < boxes.size(); i++) {
            Bounds box = boxes.get(i);
            // Sample the curve's drawn points in scene coordinates.
            List<double[]> crossing = fx(() -> {
                List<double[]> inside = new ArrayList<>();
                for (XYChart.Data<Number, Number> point : chart.getData().get(0).getData()) {
                    double x = chart.getXAxis().getDisplayPosition(point.getXValue());
                    double y = chart.getYAxis().getDisplayPosition(point.getYValue());
                    var scene = line.getParent().localToScene(x, y);
                    if (box.contains(scene)) {
                        inside.add(new double[] {point.getXValue().doubleValue(), point.getYValue().doubleValue()});
                    }
                }
                return inside;
            });
            assertEquals(0, crossing.size(), "label " + i + " at " + box + " covers the curve");
        }
    }
}
