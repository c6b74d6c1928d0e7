package org.softmaxlab.ui.run;

import java.util.List;
import org.softmaxlab.run.TrainingEvent;
import org.softmaxlab.train.BatchProgress;
import org.softmaxlab.train.TrainConfig;

/**
 * Hears about runs as the UI thread sees them, from {@link TrainingViewModel}: for keeping a
 * history of runs or chaining runs, without the view-model knowing about either. Every call comes
 * on the JavaFX thread.
 */
public interface RunObserver {

    /** The live curves were emptied (Reset, or Start with fresh weights). */
    default void curvesCleared() {
    }

    /**
     * A run is about to start.
     *
     * @param config     its settings
     * @param origin     where on the epoch axis it begins (0 for fresh weights, else where the model stopped)
     * @param freshModel whether it starts from fresh weights rather than training the last model further
     */
    default void runStarting(TrainConfig config, double origin, boolean freshModel) {
    }

    /**
     * One drain's events, in order, before the view-model acts on them (a {@link TrainingEvent.Finished}
     * among them ends the run right after this call).
     *
     * @param latest the newest progress, or null if no batch finished since the last drain
     * @param origin where the run began on the epoch axis; event positions are relative to it
     */
    default void drained(List<TrainingEvent> events, BatchProgress latest, double origin) {
    }

    /** The session's phase changed (paused, stepping, stopped, …); the run list says whether a run trains. */
    default void phaseChanged(org.softmaxlab.run.RunPhase phase) {
    }
}
