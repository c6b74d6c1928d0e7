package org.softmaxlab.ui.charts;

import java.util.List;
import org.softmaxlab.ui.run.ChartPoint;

/**
 * A run drawn over the live curves for comparison, its points already thinned to a few hundred.
 *
 * @param runId         the run's number in the session
 * @param name          its legend entry, short and for good: "Run 3", or the name the user gave it
 * @param label         the run in full, for the legend's tooltip and the hover readout ("Run 3: lr 0.01")
 * @param slot          its colour, 1 and up (0 is the live run's)
 * @param trainLoss     running train loss inside each epoch
 * @param trainAccuracy running train accuracy inside each epoch
 * @param testAccuracy  test accuracy at each epoch end
 */
public record OverlayRun(int runId, String name, String label, int slot, List<ChartPoint> trainLoss,
                         List<ChartPoint> trainAccuracy, List<ChartPoint> testAccuracy) {

    public OverlayRun {
        trainLoss = List.copyOf(trainLoss);
        trainAccuracy = List.copyOf(trainAccuracy);
        testAccuracy = List.copyOf(testAccuracy);
    }

    /** The furthest point on the epoch axis, or 0 for a run without points. */
    public double end() {
        double end = 0;
        for (List<ChartPoint> curve : List.of(trainLoss, trainAccuracy, testAccuracy)) {
            if (!curve.isEmpty()) {
                end = Math.max(end, curve.get(curve.size() - 1).epoch());
            }
        }
        return end;
    }
}
