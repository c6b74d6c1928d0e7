package org.softmaxlab.ui.run;

import java.util.ArrayList;
import java.util.List;

/**
 * Curve points drained but not yet drawn. The curves (and with them the status bar's position and
 * speed) are redrawn on every {@value #DRAINS_PER_REDRAW}rd drain only: each redraw lays out and
 * paints the window's changed parts, and that CPU is taken from the trainer on a two-core machine,
 * while three redraws a second still look live. Updating the status line on every drain as well
 * cost the UI thread a third more CPU (0.31–0.40 s against 0.27–0.31 s over nine epochs).
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
     * moves the kept points into the curves, one change per curve. True if it did.
     */
    boolean redrawIfDue(CurvePoints loss, CurvePoints accuracy, CurvePoints test, boolean now) {
        drainsSinceRedraw++;
        if (!now && drainsSinceRedraw < DRAINS_PER_REDRAW) {
            return false;
        }
        drainsSinceRedraw = 0;
        loss.addAll(trainLoss);
        accuracy.addAll(trainAccuracy);
        test.addAll(testAccuracy);
        clear();
        return true;
    }

    /** Forgets the kept points (the curves were reset). */
    void clear() {
        trainLoss.clear();
        trainAccuracy.clear();
        testAccuracy.clear();
    }
}
