package org.softmaxlab.train;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Pause, resume, cancel, a new learning rate, and requests for a copy of the weights, for a run;
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
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Blocks while paused. Returns the nanoseconds spent waiting, so elapsed training time can leave
     * pauses out; returns at once when cancelled.
     */
    long awaitRunnable() throws InterruptedException {
        if (!cancelled && !isPaused()) {
            return 0;
        }
        long start = System.nanoTime();
        lock.lockInterruptibly();
        try {
            while (paused && !cancelled) {
                changed.await();
            }
        } finally {
            lock.unlock();
        }
        return System.nanoTime() - start;
    }
}
