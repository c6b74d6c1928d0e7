package org.softmaxlab.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.softmaxlab.train.BatchProgress;
import org.softmaxlab.train.BatchSnapshot;
import org.softmaxlab.train.TrainingControl;
import org.softmaxlab.train.EpochMetrics;
import org.softmaxlab.train.Evaluation;
import org.softmaxlab.train.RunInfo;
import org.softmaxlab.train.RunOutcome;
import org.softmaxlab.train.TrainingListener;

/**
 * The bridge between one run's trainer thread and the UI thread. The trainer's side is cheap and
 * never blocks: the latest {@link BatchProgress} overwrites an {@link AtomicReference}, and chart
 * samples (every {@link #strideFor stride}-th batch, and more often at a slow pace), epoch ends and the outcome go into a lock-free
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
     * How often a front end drains: often enough for curves that move smoothly, rarely enough that
     * drawing them costs the trainer nothing noticeable.
     */
    public static final Duration DRAIN_PERIOD = Duration.ofMillis(100);

    /**
     * At a slow pace, a sample at least every this much of the pace's time, so a slow run draws a
     * continuous line and not 20 jumps an epoch; a stepped batch is always a sample.
     */
    public static final long MAX_SAMPLE_GAP_NANOS = 100_000_000L;
    /** Runs between a drain's read of the queue and its read of the progress (tests force a race there). */
    private final Runnable betweenReads;
    /** The run's control, for its pace; null for a listener without one (full speed). */
    private final TrainingControl control;
    /** Batches since the last sample; trainer thread only. */
    private int sinceSample;
    private int batchesPerEpoch = 1;
    private final AtomicReference<BatchSnapshot> latestBatch = new AtomicReference<>();

    /** Events of a run at full speed: {@value #SAMPLES_PER_EPOCH} samples an epoch. */
    public TrainingEvents() {
        this(null, () -> { });
    }

    /** Events of a run controlled by {@code control}: more samples at a slow pace or while stepping. */
    public TrainingEvents(TrainingControl control) {
        this(control, () -> { });
    }

    /** A bridge that runs {@code betweenReads} inside each drain, after the queue and before the progress. */
    TrainingEvents(Runnable betweenReads) {
        this(null, betweenReads);
    }

    private TrainingEvents(TrainingControl control, Runnable betweenReads) {
        this.control = control;
        this.betweenReads = betweenReads;
    }

    /**
     * What a drain found: the newest progress, test evaluation, weight copy and batch copy (each null
     * if none since the last drain) and the events in order.
     */
    public record Drained(BatchProgress latest, Evaluation evaluation, float[] weights, BatchSnapshot batch,
                          List<TrainingEvent> events) {
    }

    /** Batches between two samples, so that an epoch gives {@value #SAMPLES_PER_EPOCH} samples. */
    public static int strideFor(int batchesPerEpoch) {
        return Math.max(1, (batchesPerEpoch + SAMPLES_PER_EPOCH - 1) / SAMPLES_PER_EPOCH);
    }

    @Override
    public void runStarted(RunInfo info) {
        stride = strideFor(info.batchesPerEpoch());
        batchesPerEpoch = info.batchesPerEpoch();
        sinceSample = 0;
        queue.add(new TrainingEvent.Started(info));
    }

    @Override
    public void batchFinished(BatchProgress progress) {
        latest.set(progress);
        sinceSample++;
        if (progress.batch() % stride == 0 || progress.batch() == progress.batchesPerEpoch() || slowSample()) {
            sinceSample = 0;
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

    /** Whether the pace (or a step) has made this batch late enough since the last sample to be one. */
    private boolean slowSample() {
        if (control == null) {
            return false;
        }
        long paced = control.pace().batchNanos(batchesPerEpoch) * (long) sinceSample;
        return paced >= MAX_SAMPLE_GAP_NANOS || control.isPaused();
    }

    @Override
    public void batchSnapshot(BatchSnapshot batch) {
        latestBatch.set(batch);
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

    /**
     * Takes everything published since the last drain; call from one thread only. The queue is read
     * first and the progress after it: the trainer sets a batch's progress before it queues what
     * follows that batch, so a drained {@link TrainingEvent.Finished} always comes with its run's
     * last progress (in this drain or an earlier one), never with the batch before. Read the other
     * way round, the last batch, its epoch end and the run's end could all land between the two
     * reads, and the run would keep the previous batch's position.
     *
     * <p>The copies come last, for the same reason: the trainer sets a batch's weight copy before its
     * progress, and its batch copy before both (even for the step that diverges, whose only other
     * trace is the Finished event), so whatever the queue and the progress say happened has its
     * copies in this drain. Taking the batch copy first lost the run's last batch, or the diverging
     * step, whenever they and Finished landed between the two reads.
     */
    public Drained drain() {
        List<TrainingEvent> events = new ArrayList<>();
        for (TrainingEvent e = queue.poll(); e != null; e = queue.poll()) {
            events.add(e);
        }
        betweenReads.run();
        BatchProgress progress = latest.getAndSet(null);
        Evaluation evaluation = latestEvaluation.getAndSet(null);
        float[] weights = latestWeights.getAndSet(null);
        return new Drained(progress, evaluation, weights, latestBatch.getAndSet(null), events);
    }
}
