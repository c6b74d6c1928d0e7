package org.softmaxlab.ui.run;

/** Where the training screen stands. */
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

    /** Whether a run exists (training, paused or stopping). */
    public boolean isActive() {
        return this == RUNNING || this == PAUSED || this == STOPPING;
    }
}
