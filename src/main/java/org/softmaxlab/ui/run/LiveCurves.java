package org.softmaxlab.ui.run;

import javafx.collections.ObservableList;

/**
 * The curves of the model being trained: train loss and accuracy inside each epoch, test accuracy
 * at epoch ends, redrawn in batches ({@link PendingCurves}) and capped ({@link CurvePoints}).
 */
final class LiveCurves {

    final CurvePoints trainLoss = new CurvePoints();
    final CurvePoints trainAccuracy = new CurvePoints();
    final CurvePoints testAccuracy = new CurvePoints();
    private final PendingCurves pending = new PendingCurves();

    /**
     * Keeps a drain's points; draws them (with any kept before) when a redraw is due or {@code now}.
     * True if the curves were redrawn.
     */
    boolean add(DrainedBatch batch, boolean now) {
        pending.add(batch);
        return pending.redrawIfDue(trainLoss, trainAccuracy, testAccuracy, now);
    }

    /** Empties every curve and forgets undrawn points. */
    void clear() {
        pending.clear();
        trainLoss.clear();
        trainAccuracy.clear();
        testAccuracy.clear();
    }

    /** Draws each epoch's end of {@code history} (a model opened from a file); call on empty curves. */
    void show(ModelHistory history) {
        history.plot(trainLoss, trainAccuracy, testAccuracy);
    }

    /** Whether nothing has been drawn. */
    boolean isEmpty() {
        return trainLoss.points().isEmpty();
    }

    ObservableList<ChartPoint> trainLossPoints() {
        return trainLoss.points();
    }
}
