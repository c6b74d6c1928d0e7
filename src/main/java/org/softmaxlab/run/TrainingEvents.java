package org.softmaxlab.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.softmaxlab.train.BatchProgress;
import org.softmaxlab.train.EpochMetrics;
import org.softmaxlab.train.Evaluation;
import org.softmaxlab.train.RunInfo;
import org.softmaxlab.train.RunOutcome;
import org.softmaxlab.train.TrainingListener;

/**
 * The bridge between one run's trainer thread and the UI thread. The trainer's side is cheap and
 * never blocks: the latest {@link BatchProgress} overwrites an {@link AtomicReference}, and chart
 * samples (every {@link #strideFor stride}-th batch, and at least every
 * {@link #MAX_SAMPLE_GAP_NANOS} of wall time), epoch ends and the outcome go into a lock-free
 * queue. The UI takes everything new at once with {@link #drain()}, on its own pulse.
 */
public final class TrainingEvents implements TrainingListener {

    /** Samples of the train curves per epoch (fewer only when an epoch has fewer batches). */
    public static final int SAMPLES_PER_EPOCH = 20;

    private final AtomicReference<BatchProgress> latest = new AtomicReference<>();
    private final AtomicReference<Evaluation> latestEvaluation = new AtomicReference<>();
    private final AtomicReference<float[]> latestWeights = new AtomicReference<>();
    private final ConcurrentLinkedQueue<TrainingEvent> queue = new ConcurrentLinkedQueue<>();
    /** Written in runStarted and read in batchFinished, both on the trainer thread. */
    private int stride = 1;
    /**
     * At most this much wall time between two samples, so a slow (paced or stepped) run draws a
     * continuous line and not 20 jumps an epoch.
     */
    public static final long MAX_SAMPLE_GAP_NANOS = 100_000_000L;
    private final java.util.function.LongSupplier clock;
    /** When the last sample was taken; trainer thread only. */
    private long lastSampleNanos;
    private final AtomicReference<org.softmaxlab.train.BatchSnapshot> latestBatch = new AtomicReference<>();

    /** Events timed by the system clock. */
    public TrainingEvents() {
        this(System::nanoTime);
    }

    /** Events timed by {@code clock} (nanoseconds), for tests. */
    public TrainingEvents(java.util.function.LongSupplier clock) {
        this.clock = java.util.Objects.requireNonNull(clock, "clock");
    }

    /**
     * What a drain found: the newest progress, test evaluation and weight copy (each null if none
     * since the last drain) and the events in order.
     */
    public record Drained(BatchProgress latest, Evaluation evaluation, float[] weights, List<TrainingEvent> events) {
    }

    /** Batches between two samples, so that an epoch gives {@value #SAMPLES_PER_EPOCH} samples. */
    public static int strideFor(int batchesPerEpoch) {
        return Math.max(1, (batchesPerEpoch + SAMPLES_PER_EPOCH - 1) / SAMPLES_PER_EPOCH);
    }

    @Override
    public void runStarted(RunInfo info) {
        stride = strideFor(info.batchesPerEpoch());
        lastSampleNanos = clock.getAsLong();
        queue.add(new TrainingEvent.Started(info));
    }

    @Override
    public void batchFinished(BatchProgress progress) {
        latest.set(progress);
        long now = clock.getAsLong();
        if (progress.batch() % stride == 0 || progress.batch() == progress.batchesPerEpoch()
                || now - lastSampleNanos >= MAX_SAMPLE_GAP_NANOS) {
            lastSampleNanos = now;
            queue.add(new TrainingEvent.TrainSample(progress.fractionalEpoch(), progress.runningLoss(),
                    progress.runningAccuracy()));
        }
    }

    @Override
    public void learningRateChanged(double fractionalEpoch, double from, double to) {
        queue.add(new TrainingEvent.LearningRateChanged(fractionalEpoch, from, to));
    }

    @Override
    public void weightsSnapshot(BatchProgress at, float[] parameters) {
        latestWeights.set(parameters);
    }

    @Override
    public void batchSnapshot(org.softmaxlab.train.BatchSnapshot batch) {
        latestBatch.set(batch);
    }

    /** The newest batch copy asked for and not yet taken, or null; takes it. UI thread. */
    public org.softmaxlab.train.BatchSnapshot takeBatch() {
        return latestBatch.getAndSet(null);
    }

    @Override
    public void epochFinished(EpochMetrics metrics, Evaluation evaluation) {
        latestEvaluation.set(evaluation);
        queue.add(new TrainingEvent.EpochEnded(metrics));
    }

    @Override
    public void runFinished(RunOutcome outcome) {
        queue.add(new TrainingEvent.Finished(outcome));
    }

    /** Takes everything published since the last drain; call from one thread only. */
    public Drained drain() {
        BatchProgress progress = latest.getAndSet(null);
        List<TrainingEvent> events = new ArrayList<>();
        for (TrainingEvent e = queue.poll(); e != null; e = queue.poll()) {
            events.add(e);
        }
        return new Drained(progress, latestEvaluation.getAndSet(null), latestWeights.getAndSet(null), events);
    }
}
