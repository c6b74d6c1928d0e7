package org.softmaxlab.ui.tasks;

/** A task submitted to {@link BackgroundTasks}, which its submitter may cancel. */
public interface TaskHandle {

    /**
     * Interrupts the work if it is running and drops its answer: called on the UI thread, no callback
     * of the task runs after this returns. Cancelling twice, or after the answer, does nothing.
     */
    void cancel();

    /** Whether {@link #cancel()} was called (or the service was shut down first). */
    boolean isCancelled();

    /** Whether the work has ended: finished, failed or cancelled. Its callback may still be on its way. */
    boolean isDone();
}
