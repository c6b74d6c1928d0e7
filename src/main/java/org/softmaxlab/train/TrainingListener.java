package org.softmaxlab.train;

/**
 * Receives a run's progress, on the trainer's thread. Implementations must return quickly: a
 * front end stores what it needs (the latest value, a chart point) and hands it to its own thread.
 */
public interface TrainingListener {

    /** Once, before the first batch. */
    default void runStarted(RunInfo info) {
    }

    /** After every SGD step; called thousands of times a second, so keep it cheap. */
    default void batchFinished(BatchProgress progress) {
    }

    /** After each epoch's test evaluation. */
    default void epochFinished(EpochMetrics metrics, Evaluation evaluation) {
    }

    /** Once, last, however the run ended. */
    default void runFinished(RunOutcome outcome) {
    }

    /** A listener that ignores everything. */
    TrainingListener NONE = new TrainingListener() {
    };
}
