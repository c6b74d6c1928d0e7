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

    /** Draws each epoch's end of {@code epochs} (a model opened from a file); call on empty curves. */
    void show(java.util.List<org.softmaxlab.train.EpochMetrics> epochs) {
        java.util.List<ChartPoint> loss = new java.util.ArrayList<>();
        java.util.List<ChartPoint> train = new java.util.ArrayList<>();
        java.util.List<ChartPoint> test = new java.util.ArrayList<>();
        for (org.softmaxlab.train.EpochMetrics m : epochs) {
            loss.add(new ChartPoint(m.epoch(), m.trainLoss()));
            train.add(new ChartPoint(m.epoch(), m.trainAccuracy()));
            test.add(new ChartPoint(m.epoch(), m.testAccuracy()));
        }
        trainLoss.addAll(loss);
        trainAccuracy.addAll(train);
        testAccuracy.addAll(test);
    }

    /** The points drawn now, to {@link #restore} after a run beside the model had the charts. */
    record Saved(java.util.List<ChartPoint> trainLoss, java.util.List<ChartPoint> trainAccuracy,
                 java.util.List<ChartPoint> testAccuracy) {
    }

    Saved save() {
        return new Saved(java.util.List.copyOf(trainLoss.points()), java.util.List.copyOf(trainAccuracy.points()),
                java.util.List.copyOf(testAccuracy.points()));
    }

    /** Draws {@code saved} instead of what is drawn now. */
    void restore(Saved saved) {
        clear();
        trainLoss.addAll(saved.trainLoss());
        trainAccuracy.addAll(saved.trainAccuracy());
        testAccuracy.addAll(saved.testAccuracy());
    }

    /** Whether nothing has been drawn. */
    boolean isEmpty() {
        return trainLoss.points().isEmpty();
    }

    ObservableList<ChartPoint> trainLossPoints() {
        return trainLoss.points();
    }
}
