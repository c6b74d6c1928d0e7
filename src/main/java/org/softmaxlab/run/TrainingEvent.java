package org.softmaxlab.run;

import org.softmaxlab.train.EpochMetrics;
import org.softmaxlab.train.RunInfo;
import org.softmaxlab.train.RunOutcome;

/** What the trainer thread queues for the UI thread, in the order it happened. */
public sealed interface TrainingEvent {

    /** The run began. */
    record Started(RunInfo info) implements TrainingEvent {
    }

    /** A sample of the running train loss and accuracy inside an epoch. */
    record TrainSample(double fractionalEpoch, double loss, double accuracy) implements TrainingEvent {
    }

    /** A learning rate set during the run took effect at this point of the epoch axis. */
    record LearningRateChanged(double fractionalEpoch, double from, double to) implements TrainingEvent {
    }

    /** An epoch ended and the test set was evaluated. */
    record EpochEnded(EpochMetrics metrics) implements TrainingEvent {
    }

    /** The run ended, however it ended; always the last event of a run. */
    record Finished(RunOutcome outcome) implements TrainingEvent {
    }
}
