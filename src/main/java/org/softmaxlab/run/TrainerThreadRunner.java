package org.softmaxlab.run;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadFactory;
import org.softmaxlab.train.EndReason;
import org.softmaxlab.train.Evaluation;
import org.softmaxlab.train.RunOutcome;
import org.softmaxlab.train.Model;
import org.softmaxlab.train.StopPoint;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.train.Trainer;
import org.softmaxlab.train.TrainingControl;
import org.softmaxlab.train.TrainingData;
import org.softmaxlab.train.TrainingListener;

/**
 * Runs each training run on a new daemon thread named {@value #THREAD_PREFIX}N, so the UI thread
 * never trains and a run can never keep the JVM alive.
 */
public final class TrainerThreadRunner implements TrainingRunner {

    /** The name prefix of trainer threads (tests look for it). */
    public static final String THREAD_PREFIX = "softmaxlab-trainer-";

    private static final ThreadFactory THREADS = DaemonThreads.factory(THREAD_PREFIX);

    private final TrainingData data;

    /** A runner that trains and evaluates on {@code data}. */
    public TrainerThreadRunner(TrainingData data) {
        this.data = Objects.requireNonNull(data, "data");
    }

    @Override
    public RunHandle start(TrainConfig config, Model model, StopPoint from, TrainingListener listener,
                           TrainingControl control) {
        Thread thread = THREADS.newThread(() -> run(config, model, from, listener, control));
        thread.start();
        return timeout -> {
            thread.join(Math.max(1, timeout.toMillis()));
            return !thread.isAlive();
        };
    }

    @Override
    public Callable<Evaluation> evaluation(Model model) {
        // A copy taken here, on the caller's thread: a Start right after this call trains the same
        // model in place, and the evaluation must be of the weights as they were when it was asked for.
        Model asked = Model.of(model.spec(), model.parametersCopy());
        return () -> new Trainer(data).evaluateTest(asked);
    }

    private void run(TrainConfig config, Model model, StopPoint from, TrainingListener listener,
                     TrainingControl control) {
        Trainer trainer = new Trainer(data);
        try {
            if (model == null) {
                trainer.run(config, listener, control);
            } else {
                trainer.run(config, model, from, listener, control);
            }
        } catch (RuntimeException | Error e) {
            // The trainer reports its own failures; this is for what escapes it (a bad config, a
            // native error), so that the window never waits for a run that is gone.
            listener.runFinished(new RunOutcome(RunOutcome.Status.FAILED, EndReason.Failed.of(e), List.of(), e,
                    model));
        }
    }
}
