package org.softmaxlab.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.atomic.AtomicReference;
import org.softmaxlab.train.RunOutcome;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.train.Trainer;
import org.softmaxlab.train.TrainingControl;
import org.softmaxlab.train.TrainingData;

/**
 * A run on a daemon thread of its own, every event kept in {@link #events}: for tests that steer a
 * run through its {@link TrainingControl} (pause, step, pace, stop) while it trains.
 */
public final class BackgroundRun {

    /** How long a test waits for the run's thread to end before it fails (a bound, not a timing). */
    private static final long JOIN_MILLIS = 60_000;

    /** Every event the run sends. */
    public final RecordingListener events = new RecordingListener();
    private final AtomicReference<RunOutcome> outcome = new AtomicReference<>();
    private final Thread thread;

    private BackgroundRun(TrainingData data, TrainConfig config, TrainingControl control) {
        thread = new Thread(() -> outcome.set(new Trainer(data).run(config, events, control)), "background-run");
        thread.setDaemon(true);
    }

    /** Starts training {@code data} as {@code config} says, steered by {@code control} as set up so far. */
    public static BackgroundRun start(TrainingData data, TrainConfig config, TrainingControl control) {
        BackgroundRun run = new BackgroundRun(data, config, control);
        run.thread.start();
        return run;
    }

    /** A control that holds the run before its first batch and asks for the next step's batch and weights. */
    public static TrainingControl pausedWithSnapshots() {
        TrainingControl control = new TrainingControl();
        control.pause();
        control.requestBatch();
        control.requestWeights();
        return control;
    }

    /** Waits for the run to end, fails if it does not, and returns how it ended. */
    public RunOutcome join() throws InterruptedException {
        thread.join(JOIN_MILLIS);
        assertFalse(thread.isAlive(), "the trainer's thread ended");
        return outcome.get();
    }
}
