package org.softmaxlab.run;

import java.time.Duration;
import org.softmaxlab.train.Model;
import org.softmaxlab.train.StopPoint;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.train.TrainingControl;

/**
 * One started run as the {@link RunController} holds it between its start and its last drained
 * event: its settings, where it began on the epoch axis, its event bridge, its control and its thread.
 */
final class ActiveRun {

    final TrainConfig config;
    /** Where the run began on the epoch axis; its events' positions are relative to it. */
    final double origin;
    /** A run beside the current model (the overflow demo): its own fresh model, dropped at its end. */
    final boolean beside;
    /** Epochs the run finished before the stop it goes on from (0 for a run from its start). */
    final int earlierEpochs;
    final TrainingControl control = new TrainingControl();
    final TrainingEvents events = new TrainingEvents(control);
    private TrainingRunner.RunHandle handle;

    ActiveRun(TrainConfig config, double origin, boolean beside, int earlierEpochs) {
        this.config = config;
        this.origin = origin;
        this.beside = beside;
        this.earlierEpochs = earlierEpochs;
    }

    /** The whole epochs the model had when this run began (its epochs are counted on from there). */
    int epochsBefore() {
        return RunEpochs.before(origin);
    }

    /** Starts the run on {@code runner}, training {@code model} further (null: fresh weights) from {@code from}. */
    void start(TrainingRunner runner, Model model, StopPoint from) {
        handle = runner.start(config, model, from, events, control);
    }

    /** Cancels the run and waits up to {@code timeout} for its thread; true if it has ended. */
    boolean cancelAndAwait(Duration timeout) {
        control.cancel();
        if (handle == null) {
            return true;
        }
        try {
            return handle.awaitEnd(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
