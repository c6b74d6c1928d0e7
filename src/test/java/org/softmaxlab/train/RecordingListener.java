package org.softmaxlab.train;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/** Keeps every event a run sends, for assertions. */
final class RecordingListener implements TrainingListener {

    final List<BatchProgress> batches = new CopyOnWriteArrayList<>();
    final List<EpochMetrics> epochs = new CopyOnWriteArrayList<>();
    final List<Evaluation> evaluations = new CopyOnWriteArrayList<>();
    final AtomicReference<RunInfo> info = new AtomicReference<>();
    final AtomicReference<RunOutcome> outcome = new AtomicReference<>();

    @Override
    public void runStarted(RunInfo runInfo) {
        info.set(runInfo);
    }

    @Override
    public void batchFinished(BatchProgress progress) {
        batches.add(progress);
    }

    @Override
    public void epochFinished(EpochMetrics metrics, Evaluation evaluation) {
        epochs.add(metrics);
        evaluations.add(evaluation);
    }

    @Override
    public void runFinished(RunOutcome runOutcome) {
        outcome.set(runOutcome);
    }
}
