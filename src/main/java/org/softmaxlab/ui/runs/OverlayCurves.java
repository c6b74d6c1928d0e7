package org.softmaxlab.ui.runs;

import java.util.ArrayList;
import java.util.List;
import org.softmaxlab.session.BatchPoint;
import org.softmaxlab.session.EpochPoint;
import org.softmaxlab.session.LearningRateChange;
import org.softmaxlab.session.RunRecord;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.charts.ChartMarker;
import org.softmaxlab.ui.charts.OverlayRun;
import org.softmaxlab.ui.run.ChartPoint;
import org.softmaxlab.ui.run.SettingsForm;

/** Turns a recorded run into what the charts draw: thinned curves and marks. */
final class OverlayCurves {

    /**
     * Points per overlay curve at most. A run keeps every sample; the chart gets every k-th, the last
     * always included: enough for the shape at any window width, cheap to lay out next to a live run.
     */
    static final int MAX_POINTS = 400;

    private OverlayCurves() {
    }

    /** The curves of {@code run}, drawn in colour {@code slot}, listed as {@code name} and described as {@code label}. */
    static OverlayRun of(RunRecord run, String name, String label, int slot) {
        List<BatchPoint> batches = thin(run.batchPoints());
        List<EpochPoint> epochs = thin(run.epochs());
        List<ChartPoint> loss = new ArrayList<>(batches.size());
        List<ChartPoint> accuracy = new ArrayList<>(batches.size());
        for (BatchPoint point : batches) {
            loss.add(new ChartPoint(point.fractionalEpoch(), point.trainLoss()));
            accuracy.add(new ChartPoint(point.fractionalEpoch(), point.trainAccuracy()));
        }
        List<ChartPoint> test = new ArrayList<>(epochs.size());
        for (EpochPoint epoch : epochs) {
            test.add(new ChartPoint(epoch.fractionalEpoch(), epoch.metrics().testAccuracy()));
        }
        return new OverlayRun(run.id(), name, label, slot, loss, accuracy, test);
    }

    /**
     * The marks of {@code run}: each learning-rate change, and where it diverged.
     *
     * @param label      the run's label when other runs are drawn with it, else empty
     * @param divergedAt where it stopped being finite, or null
     */
    static List<ChartMarker> markers(RunRecord run, String label, int slot, Double divergedAt) {
        List<ChartMarker> marks = new ArrayList<>();
        for (LearningRateChange change : run.learningRateChanges()) {
            marks.add(new ChartMarker(change.atEpoch(), Messages.format("chart.marker.learningRate",
                    SettingsForm.formatDecimal(change.from()), SettingsForm.formatDecimal(change.to())),
                    ChartMarker.Kind.LEARNING_RATE, slot));
        }
        if (divergedAt != null) {
            String text = label.isEmpty() ? Messages.get("chart.marker.diverged")
                    : Messages.format("chart.marker.divergedRun", label);
            marks.add(new ChartMarker(divergedAt, text, ChartMarker.Kind.DIVERGED, slot));
        }
        return marks;
    }

    /** Every k-th element so that at most {@link #MAX_POINTS} remain, the last one always kept. */
    static <T> List<T> thin(List<T> all) {
        if (all.size() <= MAX_POINTS) {
            return all;
        }
        int stride = (all.size() + MAX_POINTS - 2) / (MAX_POINTS - 1);
        List<T> kept = new ArrayList<>(MAX_POINTS);
        for (int i = 0; i < all.size() - 1; i += stride) {
            kept.add(all.get(i));
        }
        kept.add(all.get(all.size() - 1));
        return kept;
    }
}
