package org.softmaxlab.ui.run;

import java.util.ArrayList;
import java.util.List;
import org.softmaxlab.run.TrainingEvent;
import org.softmaxlab.train.EpochMetrics;
import org.softmaxlab.train.RunInfo;
import org.softmaxlab.train.RunOutcome;

/**
 * One drain's events sorted by what they feed: the three curves (placed on the epoch axis after
 * {@code origin}, where the run began), the run's start, its finished epochs and its outcome.
 */
final class DrainedBatch {

    final List<ChartPoint> trainLoss = new ArrayList<>();
    final List<ChartPoint> trainAccuracy = new ArrayList<>();
    final List<ChartPoint> testAccuracy = new ArrayList<>();
    final List<EpochMetrics> epochs = new ArrayList<>();
    RunInfo started;
    RunOutcome finished;

    DrainedBatch(List<TrainingEvent> events, double origin) {
        for (TrainingEvent event : events) {
            if (event instanceof TrainingEvent.Started s) {
                started = s.info();
            } else if (event instanceof TrainingEvent.TrainSample sample) {
                double x = origin + sample.fractionalEpoch();
                trainLoss.add(new ChartPoint(x, sample.loss()));
                trainAccuracy.add(new ChartPoint(x, sample.accuracy()));
            } else if (event instanceof TrainingEvent.EpochEnded ended) {
                epochs.add(ended.metrics());
                testAccuracy.add(new ChartPoint(origin + ended.metrics().epoch(), ended.metrics().testAccuracy()));
            } else if (event instanceof TrainingEvent.Finished end) {
                finished = end.outcome();
            }
        }
    }
}
