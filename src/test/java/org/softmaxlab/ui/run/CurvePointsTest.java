package org.softmaxlab.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class CurvePointsTest {

    private static List<ChartPoint> points(int from, int count) {
        List<ChartPoint> list = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            list.add(new ChartPoint(i, i * 10));
        }
        return list;
    }

    @Test
    void aBatchIsOneChange() {
        CurvePoints curve = new CurvePoints(100);
        AtomicInteger changes = new AtomicInteger();
        curve.points().addListener((ListChangeListener<ChartPoint>) c -> changes.incrementAndGet());
        curve.addAll(points(0, 30));
        curve.addAll(List.of());
        assertEquals(1, changes.get());
        assertEquals(30, curve.points().size());
    }

    @Test
    void goingPastTheCapThinsTheCurveAndKeepsBothEnds() {
        CurvePoints curve = new CurvePoints(100);
        curve.addAll(points(0, 90));
        curve.addAll(points(90, 30));
        List<ChartPoint> kept = curve.points();
        assertTrue(kept.size() <= 100, "kept " + kept.size());
        assertTrue(kept.size() >= 50, "kept " + kept.size());
        assertEquals(0, kept.get(0).epoch());
        assertEquals(119, kept.get(kept.size() - 1).epoch());
        for (int i = 1; i < kept.size(); i++) {
            assertTrue(kept.get(i).epoch() > kept.get(i - 1).epoch(), "order kept");
        }
    }

    @Test
    void aHugeRunStaysUnderTheCap() {
        CurvePoints curve = new CurvePoints();
        for (int epoch = 0; epoch < 10_000; epoch++) {
            curve.addAll(points(epoch * 20, 20));
        }
        assertTrue(curve.points().size() <= CurvePoints.DEFAULT_CAP);
        assertEquals(199_999, curve.points().get(curve.points().size() - 1).epoch());
    }

    @Test
    void theListIsReadOnly() {
        CurvePoints curve = new CurvePoints();
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> curve.points().add(new ChartPoint(1, 1)));
    }
}
