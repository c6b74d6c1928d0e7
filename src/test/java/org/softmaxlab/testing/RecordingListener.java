package org.softmaxlab.testing;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.softmaxlab.train.BatchProgress;
import org.softmaxlab.train.BatchSnapshot;
import org.softmaxlab.train.EpochMetrics;
import org.softmaxlab.train.Evaluation;
import org.softmaxlab.train.RunInfo;
import org.softmaxlab.train.RunOutcome;
import org.softmaxlab.train.TrainingListener;

/**
 * Keeps every event a run sends, for assertions: in queues, so that a test of a run on another
 * thread can wait for the next event ({@link #next}), and a test of a finished run can count them.
 */
public final class RecordingListener implements TrainingListener {

    /** How long a test waits for the trainer's next event before it fails (a bound, not a timing). */
    private static final long WAIT_SECONDS = 60;

    public final BlockingQueue<BatchProgress> batches = new LinkedBlockingQueue<>();
    public final BlockingQueue<BatchSnapshot> snapshots = new LinkedBlockingQueue<>();
    public final BlockingQueue<float[]> weights = new LinkedBlockingQueue<>();
    public final BlockingQueue<EpochMetrics> epochs = new LinkedBlockingQueue<>();
    public final BlockingQueue<Evaluation> evaluations = new LinkedBlockingQueue<>();
    public final AtomicReference<RunInfo> info = new AtomicReference<>();
    public final AtomicReference<RunOutcome> outcome = new AtomicReference<>();

    @Override
    public void runStarted(RunInfo runInfo) {
        info.set(runInfo);
    }

    @Override
    public void batchFinished(BatchProgress progress) {
        batches.add(progress);
    }

    @Override
    public void batchSnapshot(BatchSnapshot batch) {
        snapshots.add(batch);
    }

    @Override
    public void weightsSnapshot(BatchProgress at, float[] parameters) {
        weights.add(parameters);
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

    /** The next batch the trainer finishes; fails when none comes. */
    public BatchProgress nextBatch() throws InterruptedException {
        return next(batches);
    }

    /** Takes the next event from one of this listener's queues; fails when none comes. */
    public static <T> T next(BlockingQueue<T> events) throws InterruptedException {
        T event = events.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(event, "the trainer sent no event");
        return event;
    }
}
