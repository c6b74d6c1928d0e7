package org.softmaxlab.ui.training;

import java.util.ArrayList;
import java.util.List;

/**
 * Curve points drained but not yet drawn. The status bar follows every drain (10 a second), but
 * the curves are redrawn on every {@value #DRAINS_PER_REDRAW}rd drain only: redrawing two charts
 * costs the UI thread and the renderer far more than a status line, and that CPU is taken from the
 * trainer on a two-core machine, while three redraws a second still look live.
 */
final class PendingCurves {

    /** Drains between two redraws of the curves. */
    static final int DRAINS_PER_REDRAW = 3;

    private final List<ChartPoint> trainLoss = new ArrayList<>();
    private final List<ChartPoint> trainAccuracy = new ArrayList<>();
    private final List<ChartPoint> testAccuracy = new ArrayList<>();
    private int drainsSinceRedraw;

    /** Keeps the batch's points for the next redraw. */
    void add(DrainedBatch batch) {
        trainLoss.addAll(batch.trainLoss);
        trainAccuracy.addAll(batch.trainAccuracy);
        testAccuracy.addAll(batch.testAccuracy);
    }

    /**
     * Counts a drain and, on every {@value #DRAINS_PER_REDRAW}rd one or when {@code now} is set,
     * moves the kept points into the curves, one change per curve.
     */
    void redrawIfDue(CurvePoints loss, CurvePoints accuracy, CurvePoints test, boolean now) {
        drainsSinceRedraw++;
        if (!now && drainsSinceRedraw < DRAINS_PER_REDRAW) {
            return;
        }
        drainsSinceRedraw = 0;
        loss.addAll(trainLoss);
        accuracy.addAll(trainAccuracy);
        test.addAll(testAccuracy);
        clear();
    }

    /** Forgets the kept points (the curves were reset). */
    void clear() {
        trainLoss.clear();
        trainAccuracy.clear();
        testAccuracy.clear();
    }
}
