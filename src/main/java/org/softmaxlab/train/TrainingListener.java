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

    /**
     * When a rate set through {@link TrainingControl#setLearningRate} takes effect, before the batch
     * that first uses it.
     *
     * @param fractionalEpoch where on the epoch axis (as in {@link BatchProgress#fractionalEpoch()})
     */
    default void learningRateChanged(double fractionalEpoch, double from, double to) {
    }

    /**
     * A copy of the parameters (laid out as {@link ModelSpec} says: for softmax regression [785 × 10]
     * row-major, bias row last) after a batch, when asked for
     * through {@link TrainingControl#requestWeights}. The array is the listener's to keep.
     */
    default void weightsSnapshot(BatchProgress at, float[] parameters) {
    }

    /**
     * A copy of a batch as its step used it, before the step changed the weights, when asked for
     * through {@link TrainingControl#requestBatch}. Called before that batch's {@link #batchFinished}.
     */
    default void batchSnapshot(BatchSnapshot batch) {
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
