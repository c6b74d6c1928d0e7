package org.softmaxlab.run;

/**
 * Where the session's run stands. Each view says what its phase means: the status bar, the banner,
 * the run list and the run buttons all derive from it, so they cannot disagree.
 */
public enum RunPhase {
    /** The data is not ready yet (or failed to load). */
    LOADING,
    /** No run yet, or the model was reset or opened from a file: Start begins (or trains it further). */
    IDLE,
    /** A run trains. */
    RUNNING,
    /** A run waits between two batches. */
    PAUSED,
    /** A paused run trains a step (S: one batch, E: to its epoch's end and the test), then waits again. */
    STEPPING,
    /** Stop was asked for; the run ends before its next batch. */
    STOPPING,
    /** The run stopped between two batches; Start goes on at its next batch. */
    STOPPED,
    /** The run trained all its epochs; Start trains the model further. */
    FINISHED,
    /** The run diverged or failed; its model is gone, Start begins afresh. */
    DIVERGED;

    /** Whether a run exists (its trainer thread may still be training). */
    public boolean isActive() {
        return this == RUNNING || this == PAUSED || this == STEPPING || this == STOPPING;
    }

    /** Whether a run is paused, or paused and stepping. */
    public boolean isPaused() {
        return this == PAUSED || this == STEPPING;
    }

    /** Whether a run could start now (the data is there and none is active). */
    public boolean isAtRest() {
        return this == IDLE || this == STOPPED || this == FINISHED || this == DIVERGED;
    }
}
