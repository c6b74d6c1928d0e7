package org.softmaxlab.run;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.softmaxlab.train.Evaluation;
import org.softmaxlab.train.Model;
import org.softmaxlab.train.StopPoint;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.train.TrainingControl;
import org.softmaxlab.train.TrainingListener;

/**
 * Starts training runs away from the caller's thread. The app's runner gives each run its own
 * daemon thread ({@link TrainerThreadRunner}); tests drive the listener by hand.
 */
public interface TrainingRunner {

    /**
     * Starts a run and returns at once. The listener hears {@code runFinished} exactly once,
     * however the run ends.
     *
     * @param model the model to train further, or null for fresh weights from the config
     * @param from  where a stopped run of {@code model} left off, to go on at its next batch; or null
     */
    RunHandle start(TrainConfig config, Model model, StopPoint from, TrainingListener listener,
                    TrainingControl control);

    /**
     * The test-set evaluation of {@code model} as it is at this call (its parameters are copied before
     * this returns, so a run may train it further at once), as work to run away from the caller's
     * thread: the window runs it on its background tasks, which hand the answer, or the failure, to a
     * view.
     */
    Callable<Evaluation> evaluation(Model model);

    /** A started run, to wait for its end. */
    interface RunHandle {

        /** Waits up to {@code timeout} for the run's thread to end; true if it has ended. */
        boolean awaitEnd(Duration timeout) throws InterruptedException;
    }
}
