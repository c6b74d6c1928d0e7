package org.softmaxlab.train;

import java.util.List;

/** Combines listeners: each event goes to every one, in order. */
public final class Listeners implements TrainingListener {

    private final TrainingListener[] listeners;

    private Listeners(List<TrainingListener> listeners) {
        this.listeners = listeners.toArray(new TrainingListener[0]);
    }

    public static TrainingListener of(List<TrainingListener> listeners) {
        return listeners.size() == 1 ? listeners.get(0) : new Listeners(listeners);
    }

    @Override
    public void runStarted(RunInfo info) {
        for (TrainingListener l : listeners) {
            l.runStarted(info);
        }
    }

    @Override
    public void batchFinished(BatchProgress progress) {
        for (TrainingListener l : listeners) {
            l.batchFinished(progress);
        }
    }

    @Override
    public void learningRateChanged(double fractionalEpoch, double from, double to) {
        for (TrainingListener l : listeners) {
            l.learningRateChanged(fractionalEpoch, from, to);
        }
    }

    @Override
    public void weightsSnapshot(BatchProgress at, float[] parameters) {
        for (TrainingListener l : listeners) {
            l.weightsSnapshot(at, parameters.clone());
        }
    }

    @Override
    public void epochFinished(EpochMetrics metrics, Evaluation evaluation) {
        for (TrainingListener l : listeners) {
            l.epochFinished(metrics, evaluation);
        }
    }

    @Override
    public void runFinished(RunOutcome outcome) {
        for (TrainingListener l : listeners) {
            l.runFinished(outcome);
        }
    }
}
