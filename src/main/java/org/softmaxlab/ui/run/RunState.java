package org.softmaxlab.ui.run;

/**
 * Where the training screen stands, coarsely: what enables its buttons. The session's finer
 * {@link org.softmaxlab.run.RunPhase} says what the views tell the user.
 */
public enum RunState {
    /** The data is not ready yet (or failed to load). */
    WAITING_FOR_DATA,
    /** Ready to start a run. */
    READY,
    /** A run is training. */
    RUNNING,
    /** A run is paused between two batches. */
    PAUSED,
    /** Stop was asked for; the run ends after its current batch. */
    STOPPING;

    /** The coarse state of a session {@code phase}: at rest is READY, stepping is PAUSED. */
    public static RunState of(org.softmaxlab.run.RunPhase phase) {
        return switch (phase) {
            case LOADING -> WAITING_FOR_DATA;
            case IDLE, STOPPED, FINISHED, DIVERGED -> READY;
            case RUNNING -> RUNNING;
            case PAUSED, STEPPING -> PAUSED;
            case STOPPING -> STOPPING;
        };
    }

    /** Whether a run exists (training, paused or stopping). */
    public boolean isActive() {
        return this == RUNNING || this == PAUSED || this == STOPPING;
    }
}
