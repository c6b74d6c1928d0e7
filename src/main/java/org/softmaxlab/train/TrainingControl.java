package org.softmaxlab.train;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Pause, resume, single steps, cancel, a new learning rate, the pace, and requests for a copy of the
 * weights or of a batch, for a run;
 * safe to call from any thread. The trainer checks it between batches, so each request takes
 * effect within one batch.
 */
public final class TrainingControl {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private boolean paused;
    private volatile boolean cancelled;
    private static final long NO_RATE = Double.doubleToRawLongBits(Double.NaN);

    /**
     * The requested rate's bits, NaN for none. Taken with one atomic exchange: read, then clear, would
     * lose an Apply that landed between the two (no change, no marker).
     */
    private final AtomicLong requestedLearningRate = new AtomicLong(NO_RATE);
    private final AtomicBoolean weightsRequested = new AtomicBoolean();
    private volatile boolean batchRequested;
    private volatile Pace pace = Pace.FULL_SPEED;
    /** What a paused run may do before it waits again; guarded by {@link #lock}. */
    private Permit permit = Permit.NONE;
    /** A stepped batch has begun and is not yet published; guarded by {@link #lock}. */
    private boolean batchInFlight;
    /** An epoch step's batches are done and its test evaluation runs; guarded by {@link #lock}. */
    private boolean evaluatingEpochStep;
    /** A step asked for during that evaluation, granted once it ends; guarded by {@link #lock}. */
    private Permit queued = Permit.NONE;

    /** Steps a paused run may take: none, one batch, or the rest of the current epoch. */
    private enum Permit { NONE, BATCH, EPOCH }

    /**
     * Asks the run to train with {@code learningRate} from its next batch on; the trainer reports
     * the change through {@link TrainingListener#learningRateChanged}.
     *
     * @throws IllegalArgumentException if the rate is not a finite number &gt; 0
     */
    public void setLearningRate(double learningRate) {
        if (!Double.isFinite(learningRate) || learningRate <= 0) {
            throw new IllegalArgumentException("learning rate must be a finite number greater than 0 (was "
                    + learningRate + ")");
        }
        requestedLearningRate.set(Double.doubleToRawLongBits(learningRate));
    }

    /**
     * Asks for one copy of the weights after the next batch, delivered through
     * {@link TrainingListener#weightsSnapshot}. Requests between two batches merge into one, so a
     * view can ask on every frame without slowing the trainer.
     */
    public void requestWeights() {
        weightsRequested.set(true);
    }

    /**
     * Asks for a copy of the next batch (inputs, labels, logits), delivered through
     * {@link TrainingListener#batchSnapshot}; merged like {@link #requestWeights}.
     */
    public void requestBatch() {
        batchRequested = true;
    }

    /** Sets how fast the run goes from its next batch on; it may change at any time. */
    public void setPace(Pace value) {
        lock.lock();
        try {
            pace = java.util.Objects.requireNonNull(value, "pace");
            changed.signalAll(); // a run waiting out a slower pace goes on at the new one
        } finally {
            lock.unlock();
        }
    }

    public Pace pace() {
        return pace;
    }

    /**
     * Lets a paused run train exactly one batch, then wait again. Does nothing to a running run, nor
     * while a Step epoch trains (it would end the epoch step after one more batch); during that epoch
     * step's test evaluation it is kept, and taken once the evaluation ends.
     */
    public void step() {
        permit(Permit.BATCH);
    }

    /**
     * Lets a paused run train to the end of its current epoch (and evaluate it), then wait again.
     * Does nothing to a running run, nor while an epoch step trains its batches; asked for during
     * that epoch step's test evaluation, it steps the next epoch once the evaluation ends.
     */
    public void stepEpoch() {
        permit(Permit.EPOCH);
    }

    private void permit(Permit value) {
        lock.lock();
        try {
            if (!paused) {
                return;
            }
            if (evaluatingEpochStep) {
                queued = value;
            } else if (permit != Permit.EPOCH) {
                permit = value;
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Whether a step asked for is still under way: a paused run has a batch or an epoch to train,
     * is training it, or is evaluating a stepped epoch. False as soon as the stepped batch is
     * published (or the stepped epoch's evaluation), so a front end that reads this before it reads
     * the run's events sees the step's result in the same read.
     */
    public boolean isStepping() {
        lock.lock();
        try {
            return paused && (permit != Permit.NONE || batchInFlight || evaluatingEpochStep || queued != Permit.NONE);
        } finally {
            lock.unlock();
        }
    }

    /** Whether a copy of the batch was asked for since the last call; clears the request. For the trainer. */
    public boolean takeBatchRequest() {
        if (!batchRequested) {
            return false;
        }
        batchRequested = false;
        return true;
    }

    /** The trainer published a batch: a stepped batch is done. */
    void batchEnded() {
        lock.lock();
        try {
            batchInFlight = false;
        } finally {
            lock.unlock();
        }
    }

    /** The trainer trained an epoch's last batch and is about to evaluate it. */
    void epochTrained() {
        lock.lock();
        try {
            evaluatingEpochStep = permit == Permit.EPOCH;
        } finally {
            lock.unlock();
        }
    }

    /** The trainer finished an epoch (with its evaluation): a Step epoch is used up; one asked for meanwhile begins. */
    void epochEnded() {
        lock.lock();
        try {
            if (permit == Permit.EPOCH) {
                permit = paused ? queued : Permit.NONE;
                queued = Permit.NONE;
                changed.signalAll();
            }
            evaluatingEpochStep = false;
        } finally {
            lock.unlock();
        }
    }

    /** The learning rate asked for since the last call, or NaN; clears the request. */
    double takeLearningRateRequest() {
        return Double.longBitsToDouble(requestedLearningRate.getAndSet(NO_RATE));
    }

    /** Whether weights were asked for since the last call; clears the request. */
    boolean takeWeightsRequest() {
        return weightsRequested.getAndSet(false);
    }

    /** Asks the run to stop after the current batch; a paused run stops at once. */
    public void cancel() {
        lock.lock();
        try {
            cancelled = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public void pause() {
        setPaused(true);
    }

    public void resume() {
        setPaused(false);
    }

    public boolean isPaused() {
        lock.lock();
        try {
            return paused;
        } finally {
            lock.unlock();
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    private void setPaused(boolean value) {
        lock.lock();
        try {
            paused = value;
            permit = Permit.NONE;
            queued = Permit.NONE;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Whether a run is parked in {@link #awaitRunnable} or {@link #awaitPace}, waiting for a change: lets a
     * test see "held" as a fact instead of sleeping and hoping nothing moved.
     */
    boolean hasWaitingRun() {
        lock.lock();
        try {
            return lock.hasWaiters(changed);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Blocks while paused, unless a step is permitted (one batch: used up here). Returns the
     * nanoseconds spent waiting, so elapsed training time can leave pauses out; returns at once when
     * cancelled.
     */
    long awaitRunnable() throws InterruptedException {
        if (!cancelled && !isPaused()) {
            return 0;
        }
        long start = System.nanoTime();
        lock.lockInterruptibly();
        try {
            while (paused && !cancelled && permit == Permit.NONE) {
                changed.await();
            }
            if (permit == Permit.BATCH) {
                permit = Permit.NONE;
                batchInFlight = true;
            }
        } finally {
            lock.unlock();
        }
        return System.nanoTime() - start;
    }

    /**
     * Waits, at a slow pace, until {@code batchStartNanos} plus the pace's batch time; returns the
     * nanoseconds waited (not training time). Ends early on cancel, and when the run is paused (the
     * pause then waits in {@link #awaitRunnable}); follows a pace changed meanwhile.
     */
    long awaitPace(long batchStartNanos, int batchesPerEpoch) throws InterruptedException {
        if (pace.isFullSpeed()) {
            return 0;
        }
        long start = System.nanoTime();
        lock.lockInterruptibly();
        try {
            while (!cancelled && !(paused && permit != Permit.EPOCH)) {
                long left = batchStartNanos + pace.batchNanos(batchesPerEpoch) - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                changed.awaitNanos(left);
            }
        } finally {
            lock.unlock();
        }
        return System.nanoTime() - start;
    }
}
