package org.softmaxlab.ui.runs;

import java.util.List;
import java.util.OptionalDouble;
import org.softmaxlab.run.TrainingEvent;
import org.softmaxlab.session.BatchPoint;
import org.softmaxlab.session.RunRecord;
import org.softmaxlab.train.BatchProgress;
import org.softmaxlab.train.RunOutcome;

/**
 * Writes one stretch of training into its {@link RunRecord}, placing the trainer's positions
 * (which restart at 0 each time a model is trained further) on the record's epoch axis.
 */
final class RunRecorder {

    private final RunRecord record;
    private final double origin;
    private BatchProgress lastProgress;
    private int batchesPerEpoch = 1;
    private double divergedAt = Double.NaN;

    /** Records into {@code record} a stretch that begins at {@code origin} on its axis. */
    RunRecorder(RunRecord record, double origin) {
        this.record = record;
        this.origin = origin;
    }

    RunRecord record() {
        return record;
    }

    /**
     * Applies one drain's events in order.
     *
     * @return what changed that others show: {@link Change#NONE}, an epoch or an LR change, or the end
     */
    Change apply(List<TrainingEvent> events, BatchProgress latest) {
        if (latest != null) {
            lastProgress = latest;
        }
        Change change = Change.NONE;
        for (TrainingEvent event : events) {
            if (event instanceof TrainingEvent.Started s) {
                batchesPerEpoch = s.info().batchesPerEpoch();
            } else if (event instanceof TrainingEvent.TrainSample sample) {
                record.addBatchPoint(new BatchPoint(origin + sample.fractionalEpoch(), sample.loss(),
                        sample.accuracy()));
            } else if (event instanceof TrainingEvent.LearningRateChanged lr) {
                record.changeLearningRate(origin + lr.fractionalEpoch(), lr.to());
                change = change.and(Change.LEARNING_RATE);
            } else if (event instanceof TrainingEvent.EpochEnded ended) {
                record.addEpoch(origin + ended.metrics().epoch(), ended.metrics());
                change = change.and(Change.EPOCH);
            } else if (event instanceof TrainingEvent.Finished finished) {
                finish(finished.outcome());
                change = change.and(Change.FINISHED);
            }
        }
        return change;
    }

    /** Where the run stopped being finite, if it diverged or failed. */
    OptionalDouble divergedAt() {
        return Double.isNaN(divergedAt) ? OptionalDouble.empty() : OptionalDouble.of(divergedAt);
    }

    private void finish(RunOutcome outcome) {
        // The curves are sampled every few batches; a run that ended early keeps its last finite
        // point, so that a run that diverged at batch 3 still shows where it was.
        if (outcome.status() != RunOutcome.Status.COMPLETED && lastProgress != null) {
            double at = origin + lastProgress.fractionalEpoch();
            List<BatchPoint> points = record.batchPoints();
            if (points.isEmpty() || points.get(points.size() - 1).fractionalEpoch() < at) {
                record.addBatchPoint(new BatchPoint(at, lastProgress.runningLoss(), lastProgress.runningAccuracy()));
            }
        }
        if (outcome.status() == RunOutcome.Status.DIVERGED || outcome.status() == RunOutcome.Status.FAILED) {
            divergedAt = origin + failingBatchPosition();
        }
        record.finish(outcome.status(), outcome.reason());
    }

    /** The end of the batch that failed: one batch after the last finished one, at most its epoch's end. */
    private double failingBatchPosition() {
        if (lastProgress == null) {
            return 1.0 / batchesPerEpoch;
        }
        return Math.min(lastProgress.fractionalEpoch() + 1.0 / lastProgress.batchesPerEpoch(), lastProgress.epoch());
    }

    /** What a drain changed, as far as the run list and the charts care. */
    enum Change {
        NONE, EPOCH, LEARNING_RATE, FINISHED;

        /** The more far-reaching of the two: an end outweighs an LR change, which outweighs an epoch. */
        Change and(Change other) {
            return other.ordinal() > ordinal() ? other : this;
        }
    }
}
