package org.softmaxlab.train;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Pause, resume and cancel for a run, safe to call from any thread. The trainer checks it between
 * batches, so each request takes effect within one batch.
 */
public final class TrainingControl {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private boolean paused;
    private volatile boolean cancelled;

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
