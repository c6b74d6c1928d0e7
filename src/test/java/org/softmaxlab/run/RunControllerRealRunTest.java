package org.softmaxlab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.softmaxlab.train.BatchProgress;
import org.softmaxlab.train.Nd4jRuntime;
import org.softmaxlab.train.Pace;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.train.TrainingData;
import org.softmaxlab.testing.RealData;

/**
 * The session with the real trainer on its own thread, as the window drives it: stop and continue,
 * a Step epoch on a paced run paused mid-epoch. Waits are for drained events, bounded by @Timeout.
 */
@Timeout(120)
class RunControllerRealRunTest {

    private static TrainingData slice;
    private static final TrainConfig CONFIG = TrainConfig.DEFAULTS.withEpochs(3).withBatchSize(100); // 30 batches

    private final RunController session = new RunController();
    private BatchProgress last;

    @BeforeAll
    static void setUp() {
        Nd4jRuntime.configureThreads(1);
        slice = TrainingData.of(RealData.load().head(3000, 500));
    }

    @AfterEach
    void end() {
        session.shutdown(Duration.ofSeconds(10));
    }

    /** Drains until {@code done} holds for a snapshot. */
    private SessionSnapshot drainUntil(Predicate<SessionSnapshot> done) throws InterruptedException {
        while (true) {
            SessionSnapshot s = session.drain();
            if (s.latest() != null) {
                last = s.latest();
            }
            if (done.test(s)) {
                return s;
            }
            Thread.sleep(5);
        }
    }

    @Test
    void aStepEpochOnAPacedRunPausedMidEpochEndsAtThatEpochsEnd() throws InterruptedException {
        session.dataReady(new TrainerThreadRunner(slice));
        session.setPace(Pace.perSecond(100));
        session.start(CONFIG);
        drainUntil(s -> last != null && last.batch() >= 5);
        session.togglePause();
        assertEquals(RunPhase.PAUSED, session.phase());
        session.stepEpoch(null);
        assertEquals(RunPhase.STEPPING, session.phase());
        drainUntil(s -> s.phase() == RunPhase.PAUSED);
        assertNotNull(last);
        assertEquals(1, last.epoch(), "the step ended in epoch 1: " + last);
        assertEquals(30, last.batch(), "at its last batch: " + last);
        session.step(null);
        drainUntil(s -> s.phase() == RunPhase.PAUSED);
        assertEquals(2, last.epoch(), "then one batch of epoch 2: " + last);
        assertEquals(1, last.batch());
    }

    @Test
    void stopThenStartGoesOnAtTheNextBatchAndCountsEveryEpoch() throws InterruptedException {
        session.dataReady(new TrainerThreadRunner(slice));
        session.setPace(Pace.perSecond(200));
        session.start(CONFIG);
        drainUntil(s -> last != null && last.epoch() == 2 && last.batch() >= 3);
        session.stop();
        drainUntil(s -> s.finished() != null);
        assertEquals(RunPhase.STOPPED, session.phase());
        int stoppedAt = last.batch();
        assertEquals(1, session.current().epochs().size());
        session.setPace(Pace.FULL_SPEED);
        RunController.RunStart start = session.start(CONFIG);
        assertTrue(start.continued());
        assertEquals(0, start.origin());
        // The first curve sample after the continue sits just after the stop, inside epoch 2 (a restart
        // of the epoch would put it at its start, 1 + 1/30 or so).
        double[] firstSample = {Double.NaN};
        drainUntil(s -> {
            for (TrainingEvent e : s.events()) {
                if (e instanceof TrainingEvent.TrainSample sample && Double.isNaN(firstSample[0])) {
                    firstSample[0] = sample.fractionalEpoch();
                }
            }
            return !Double.isNaN(firstSample[0]);
        });
        double stop = 1 + stoppedAt / 30.0;
        assertTrue(firstSample[0] > stop && firstSample[0] <= stop + 2 / 30.0 + 1e-9,
                "goes on after batch " + stoppedAt + ": first sample at " + firstSample[0]);
        drainUntil(s -> s.finished() != null);
        assertEquals(RunPhase.FINISHED, session.phase());
        assertEquals(3, session.current().epochs().size(), "1 before the stop, 2 after");
        assertEquals(3, session.current().epochs().get(2).epoch());
    }
}
