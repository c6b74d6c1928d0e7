package org.softmaxlab.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.softmaxlab.ui.run.ChartPoint;

@Tag("locale")
class ChartHoverTest {

    private static final List<ChartPoint> POINTS = List.of(
            new ChartPoint(0.1, 1), new ChartPoint(0.2, 2), new ChartPoint(0.5, 3), new ChartPoint(1.0, 4));

    @Test
    void findsThePointNearestOnTheEpochAxis() {
        assertEquals(1, ChartHover.nearest(POINTS, -3).value());
        assertEquals(2, ChartHover.nearest(POINTS, 0.3).value());
        assertEquals(3, ChartHover.nearest(POINTS, 0.4).value());
        assertEquals(4, ChartHover.nearest(POINTS, 0.8).value());
        assertEquals(4, ChartHover.nearest(POINTS, 7).value());
        assertEquals(2, ChartHover.nearest(POINTS, 0.2).value());
    }

    @Test
    void anEmptyCurveHasNoNearestPoint() {
        assertNull(ChartHover.nearest(List.of(), 1));
    }

    @Test
    void theReadoutFlipsToTheLeftOfTheMouseNearTheChartsRightEdge() {
        assertEquals(116, ChartHover.readoutX(100, 1000, 200), "room on the right: beside the mouse");
        assertEquals(684, ChartHover.readoutX(900, 1000, 200), "no room: left of the mouse, whole");
    }
}
