package org.softmaxlab.ui.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.softmaxlab.ui.run.ChartPoint;

class CurveTransformTest {

    private static List<ChartPoint> points(double... values) {
        List<ChartPoint> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(new ChartPoint(0.1 * (i + 1), values[i]));
        }
        return points;
    }

    private static double[] values(List<ChartPoint> points) {
        return points.stream().mapToDouble(ChartPoint::value).toArray();
    }

    @Test
    void noSmoothingDrawsThePointsAsTheyAre() {
        List<ChartPoint> raw = points(1, 3, 2);
        assertSame(raw, CurveTransform.smooth(raw, 0));
    }

    @Test
    void theMovingAverageIsBiasCorrectedSoItStartsAtTheFirstValue() {
        // β = 0.5: s1 = 0.5, drawn 0.5 / 0.5 = 1; s2 = 0.25 + 1.5 = 1.75, drawn 1.75 / 0.75 = 2.333…;
        // s3 = 0.875 + 1 = 1.875, drawn 1.875 / 0.875 = 2.142857…
        double[] smoothed = values(CurveTransform.smooth(points(1, 3, 2), 0.5));
        assertEquals(1.0, smoothed[0], 1e-12);
        assertEquals(7.0 / 3, smoothed[1], 1e-12);
        assertEquals(15.0 / 7, smoothed[2], 1e-12);
    }

    @Test
    void aConstantCurveStaysConstantAndEpochsAreKept() {
        List<ChartPoint> smoothed = CurveTransform.smooth(points(0.8, 0.8, 0.8, 0.8), 0.9);
        for (ChartPoint point : smoothed) {
            assertEquals(0.8, point.value(), 1e-12);
        }
        assertEquals(0.4, smoothed.get(3).epoch(), 1e-12);
    }

    @Test
    void appendingPointsNeverChangesWhatIsDrawnAlready() {
        List<ChartPoint> head = CurveTransform.smooth(points(2, 1.5, 1.2), 0.6);
        List<ChartPoint> longer = CurveTransform.smooth(points(2, 1.5, 1.2, 0.9, 0.8), 0.6);
        assertEquals(head, longer.subList(0, 3));
    }

    @Test
    void logScaleDrawsLog10AndKeepsZeroDrawable() {
        List<ChartPoint> raw = points(0.1, 10, 0);
        List<ChartPoint> logged = CurveTransform.log10(raw);
        assertArrayEquals(new double[] {-1, 1, -12}, values(logged), 1e-12);
        assertEquals(raw.get(2).epoch(), logged.get(2).epoch());
    }

    @Test
    void optionsSmoothTheTrainCurvesOnlyAndLogOnlyTheLoss() {
        ChartOptions options = new ChartOptions();
        List<ChartPoint> raw = points(1, 3, 2);
        assertEquals(raw, options.trainLoss().apply(raw), "off by default");
        options.smoothingProperty().set(0.5);
        options.logLossProperty().set(true);
        assertEquals(Math.log10(7.0 / 3), values(options.trainLoss().apply(raw))[1], 1e-12);
        assertEquals(7.0 / 3, values(options.trainAccuracy().apply(raw))[1], 1e-12);
        assertSame(raw, options.testAccuracy().apply(raw), "test accuracy is drawn as measured");
        options.smoothingProperty().set(5);
        assertArrayEquals(values(CurveTransform.smooth(raw, ChartOptions.MAX_SMOOTHING)),
                values(options.trainAccuracy().apply(raw)), 1e-12, "clamped to the strongest offered");
    }
}
