package org.softmaxlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.softmaxlab.testing.RecordingListener.next;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.softmaxlab.math.BatchLoss;
import org.softmaxlab.math.SoftmaxCrossEntropy;
import org.softmaxlab.testing.BackgroundRun;
import org.softmaxlab.testing.RealData;
import org.softmaxlab.testing.RecordingListener;

/**
 * Pace and single steps: a step trains exactly one batch, a stepped or paced run is the same run as
 * one at full speed, and a paced run obeys pause, step, resume and stop at any point. No timing is
 * asserted (pace accuracy is in {@code PaceBenchmark}); waits are for events, bounded by @Timeout.
 */
@Timeout(180)
class PaceAndStepTest {

    private static TrainingData slice;

    @BeforeAll
    static void setUp() {
        Nd4jRuntime.configureThreads(1);
        slice = TrainingData.of(RealData.load().head(3000, 500));
    }

    @Test
    void aStepTrainsExactlyOneBatchByTheStepsGemm() throws Exception {
        TrainConfig config = TrainConfig.DEFAULTS.withEpochs(1).withBatchSize(100);
        float[] before = Model.initialized(config.model(), config.initStd(), config.seed()).parametersCopy();
        TrainingControl control = BackgroundRun.pausedWithSnapshots();
        BackgroundRun run = BackgroundRun.start(slice, config, control);
        RecordingListener events = run.events;
        control.step();
        BatchProgress first = events.nextBatch();
        assertEquals(1, first.epoch());
        assertEquals(1, first.batch());
        assertEquals(100, first.imagesSeen());
        BatchSnapshot batch = next(events.snapshots);
        float[] after = next(events.weights);
        // W' = W − (lr/B) Xᵀ(softmax(O) − Y), the bias row with x = 1.
        float[] gradient = new float[100 * 10];
        SoftmaxCrossEntropy.forward(batch.logits(), batch.labels(), 100, 10, batch.lossFormula(), gradient, null);
        SoftmaxCrossEntropy.probabilitiesToGradient(gradient, batch.labels(), 100, 10);
        double step = config.learningRate() / 100;
        for (int feature = 0; feature <= 784; feature++) {
            for (int c = 0; c < 10; c++) {
                double sum = 0;
                for (int r = 0; r < 100; r++) {
                    double x = feature == 784 ? 1 : batch.inputs()[r * 784 + feature];
                    sum += x * gradient[r * 10 + c];
                }
                int i = feature * 10 + c;
                assertEquals(before[i] - step * sum, after[i], 1e-6, "parameter " + i);
            }
        }
        control.step();
        BatchProgress second = events.nextBatch();
        assertEquals(2, second.batch());
        assertEquals(200, second.imagesSeen());
        control.cancel();
        assertEquals(RunOutcome.Status.CANCELLED, run.join().status());
        assertTrue(events.batches.isEmpty(), "no batch ran after the second step: " + events.batches);
    }

    @Test
    void pacingAndSteppingChangeNoMetric() throws Exception {
        TrainConfig config = TrainConfig.DEFAULTS.withEpochs(2).withBatchSize(100); // 30 batches an epoch
        RunOutcome full = new Trainer(slice).run(config, TrainingListener.NONE, new TrainingControl());

        TrainingControl paced = new TrainingControl();
        paced.setPace(Pace.perSecond(200));
        RunOutcome slow = new Trainer(slice).run(config, TrainingListener.NONE, paced);

        TrainingControl control = new TrainingControl();
        control.pause();
        control.setPace(Pace.perSecond(100));
        BackgroundRun run = BackgroundRun.start(slice, config, control);
        RecordingListener events = run.events;
        for (int i = 1; i <= 3; i++) {
            control.step();
            assertEquals(i, events.nextBatch().batch());
        }
        control.stepEpoch();
        assertEquals(1, next(events.epochs).epoch());
        control.step();
        assertEquals(1, waitForBatch(events, 2, 1).batch(), "after Step epoch the run waits at epoch 2's start");
        control.setPace(Pace.FULL_SPEED);
        control.resume();
        RunOutcome stepped = run.join();

        for (RunOutcome other : List.of(slow, stepped)) {
            assertEquals(RunOutcome.Status.COMPLETED, other.status());
            for (int e = 0; e < 2; e++) {
                EpochMetrics a = full.epochs().get(e);
                EpochMetrics b = other.epochs().get(e);
                assertEquals(a.trainLoss(), b.trainLoss(), "train loss, epoch " + (e + 1));
                assertEquals(a.trainAccuracy(), b.trainAccuracy());
                assertEquals(a.testLoss(), b.testLoss());
                assertEquals(a.testAccuracy(), b.testAccuracy());
            }
        }
        float[] a = full.model().parametersCopy();
        float[] b = stepped.model().parametersCopy();
        for (int i = 0; i < a.length; i++) {
            assertEquals(Float.floatToIntBits(a[i]), Float.floatToIntBits(b[i]), "parameter " + i);
        }
    }

    /** Skips batches until the one at (epoch, batch). */
    private static BatchProgress waitForBatch(RecordingListener events, int epoch, int batch)
            throws InterruptedException {
        while (true) {
            BatchProgress b = events.nextBatch();
            if (b.epoch() == epoch && b.batch() == batch) {
                return b;
            }
            assertTrue(b.epoch() < epoch || b.batch() < batch, "went past " + epoch + "/" + batch + ": " + b);
        }
    }

    @Test
    void aPacedRunCanBePausedSteppedResumedAndStoppedAtAnyPoint() throws Exception {
        TrainConfig config = TrainConfig.DEFAULTS.withEpochs(50).withBatchSize(100);
        TrainingControl control = new TrainingControl();
        control.setPace(Pace.perSecond(20));
        BackgroundRun run = BackgroundRun.start(slice, config, control);
        RecordingListener events = run.events;
        events.nextBatch();
        control.pause();
        events.batches.clear();
        control.step();
        control.step(); // merged into one while the first is pending, or a second step: both fine
        events.nextBatch();
        control.stepEpoch();
        next(events.epochs);
        control.setPace(Pace.perEpoch(3600)); // a pace slower than any test: stop must not wait for it
        control.resume();
        events.batches.clear();
        events.nextBatch();
        control.cancel();
        assertEquals(RunOutcome.Status.CANCELLED, run.join().status());
    }

    @Test
    void theBatchSnapshotIsTheStepsBatchAndItsLossIsTheTrainers() throws Exception {
        TrainConfig config = TrainConfig.DEFAULTS.withEpochs(1).withBatchSize(50);
        TrainingControl control = new TrainingControl();
        control.pause();
        control.requestBatch();
        BackgroundRun run = BackgroundRun.start(slice, config, control);
        RecordingListener events = run.events;
        control.step();
        BatchProgress progress = events.nextBatch();
        BatchSnapshot batch = next(events.snapshots);
        assertEquals(1, batch.batch());
        assertEquals(50, batch.rows());
        float[] p = new float[500];
        BatchLoss loss = SoftmaxCrossEntropy.forward(batch.logits(), batch.labels(), 50, 10, batch.lossFormula(), p,
                null);
        assertEquals(progress.runningLoss(), loss.lossSum() / 50, 0, "the snapshot's loss is the step's");
        control.cancel();
        run.join();
    }

    @Test
    void paceRefusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> Pace.perEpoch(-1));
        assertThrows(IllegalArgumentException.class, () -> new Pace(1, 1));
        assertEquals(0, Pace.FULL_SPEED.batchNanos(235));
        assertEquals(30e9 / 235, Pace.perEpoch(30).batchNanos(235), 1);
        assertEquals(250_000_000L, Pace.perSecond(4).batchNanos(235));
    }
}
