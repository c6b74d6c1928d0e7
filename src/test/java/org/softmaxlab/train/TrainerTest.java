package org.softmaxlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.softmaxlab.data.Dataset;
import org.softmaxlab.data.MnistFamily;
import org.softmaxlab.math.LossFormula;
import org.softmaxlab.math.Softmax;
import org.softmaxlab.testing.RealData;
import org.softmaxlab.testing.RecordingListener;
import org.softmaxlab.testing.SyntheticData;

/** The trainer on made-up data (mechanics) and on a slice of the real data (behaviour). */
@Timeout(120)
class TrainerTest {

    private static TrainingData synthetic;
    private static TrainingData realSlice;

    @BeforeAll
    static void setUp() {
        Nd4jRuntime.configureThreads(1);
        synthetic = TrainingData.of(SyntheticData.dataset(1000, 200, 1));
    }

    /** Read by the tests that need it, so that without the data only they are skipped. */
    private static synchronized TrainingData realSlice() {
        if (realSlice == null) {
            realSlice = TrainingData.of(RealData.load().head(6000, 1000));
        }
        return realSlice;
    }

    @Test
    void reportsEveryBatchAndEpochInOrder() {
        RecordingListener events = new RecordingListener();
        RunOutcome outcome = new Trainer(synthetic).run(TrainConfig.DEFAULTS.withEpochs(2).withBatchSize(300), events,
                new TrainingControl());
        assertEquals(RunOutcome.Status.COMPLETED, outcome.status());
        RunInfo info = events.info.get();
        assertEquals(4, info.batchesPerEpoch(), "1000 images in batches of 300: 300, 300, 300, 100");
        assertEquals(8, events.batches.size());
        assertEquals(2, events.epochs.size());
        BatchProgress last = List.copyOf(events.batches).get(7);
        assertEquals(2, last.epoch());
        assertEquals(4, last.batch());
        assertEquals(2000, last.imagesSeen());
        assertEquals(2.0, last.fractionalEpoch());
        assertEquals(List.copyOf(events.epochs).get(1).trainLoss(), last.runningLoss(), 1e-12);
        assertEquals(outcome, events.outcome.get());
        assertEquals(200, events.evaluations.peek().size());
    }

    @Test
    void sameSeedGivesIdenticalMetricsAndAnotherSeedDoesNot() {
        TrainConfig config = TrainConfig.DEFAULTS.withEpochs(2);
        RunOutcome a = new Trainer(realSlice()).run(config, TrainingListener.NONE, new TrainingControl());
        RunOutcome b = new Trainer(realSlice()).run(config, TrainingListener.NONE, new TrainingControl());
        RunOutcome c = new Trainer(realSlice()).run(config.withSeed(7), TrainingListener.NONE, new TrainingControl());
        for (int e = 0; e < 2; e++) {
            assertEquals(a.epochs().get(e).trainLoss(), b.epochs().get(e).trainLoss());
            assertEquals(a.epochs().get(e).testAccuracy(), b.epochs().get(e).testAccuracy());
        }
        assertTrue(a.epochs().get(1).trainLoss() != c.epochs().get(1).trainLoss());
    }

    @Test
    void oneStepMovesTheWeightsAgainstTheFiniteDifferenceGradient() {
        Dataset tiny = SyntheticData.dataset(8, 8, 5);
        TrainingData data = TrainingData.of(tiny);
        double lr = 0.5;
        TrainConfig config = TrainConfig.DEFAULTS.withEpochs(1).withBatchSize(8).withLearningRate(lr).withInitStd(0.05);
        SoftmaxRegression model = SoftmaxRegression.initialized(config.initStd(), config.seed());
        float[] before = model.parametersCopy();
        new Trainer(data).run(config, model, TrainingListener.NONE, new TrainingControl());
        float[] after = model.parametersCopy();
        // One full batch: the shuffle does not change the mean loss, so W_new − W = −lr ∇(mean loss).
        int[] probes = {0, 9, 3 * 10 + 4, 400 * 10 + 7, 784 * 10 + 2};
        double h = 1e-3;
        for (int index : probes) {
            double numeric = (meanLoss(tiny, before, index, h) - meanLoss(tiny, before, index, -h)) / (2 * h);
            double step = (after[index] - before[index]) / -lr;
            assertEquals(numeric, step, 2e-4, "gradient of parameter " + index);
        }
    }

    private static double meanLoss(Dataset data, float[] parameters, int index, double delta) {
        double sum = 0;
        float[] pixels = new float[784];
        for (int i = 0; i < data.train().size(); i++) {
            data.train().copyScaledRow(i, pixels, 0);
            double[] logits = new double[10];
            for (int c = 0; c < 10; c++) {
                double o = parameters[784 * 10 + c] + (784 * 10 + c == index ? delta : 0);
                for (int p = 0; p < 784; p++) {
                    double w = parameters[p * 10 + c] + (p * 10 + c == index ? delta : 0);
                    o += pixels[p] * w;
                }
                logits[c] = o;
            }
            sum += Softmax.crossEntropy(logits, data.train().label(i), LossFormula.STABLE);
        }
        return sum / data.train().size();
    }

    @Test
    void hugeLearningRateStopsWithDivergenceNamingWhereAndWhatToTry() {
        // The stable loss's gradient is bounded, so only a rate that pushes the logits past
        // float32's range (≈ 3.4e38) breaks it: at 1e36 it still trains, perceptron-like, to ~66%.
        RecordingListener events = new RecordingListener();
        RunOutcome outcome = new Trainer(realSlice()).run(TrainConfig.DEFAULTS.withLearningRate(1e38), events,
                new TrainingControl());
        assertEquals(RunOutcome.Status.DIVERGED, outcome.status());
        assertTrue(outcome.message().matches("diverged at epoch 1, batch \\d+ \\(loss = (NaN|inf)\\).*"),
                outcome.message());
        assertTrue(outcome.message().endsWith("try a smaller learning rate"), outcome.message());
        assertTrue(events.epochs.isEmpty(), "no epoch finished with a broken loss");
    }

    @Test
    void naiveFormulaExplainsOverflow() {
        RunOutcome outcome = new Trainer(realSlice()).run(TrainConfig.DEFAULTS.withLearningRate(50)
                .withLossFormula(LossFormula.NAIVE), TrainingListener.NONE, new TrainingControl());
        assertEquals(RunOutcome.Status.DIVERGED, outcome.status());
        assertTrue(outcome.message().contains("exp(o) overflowed float32")
                || outcome.message().contains("log(0) = -inf"), outcome.message());
    }

    @Test
    void pauseHoldsTheRunBetweenBatchesAndCancelEndsIt() throws Exception {
        TrainingControl control = new TrainingControl();
        CountDownLatch pausedAt = new CountDownLatch(1);
        AtomicReference<BatchProgress> lastBatch = new AtomicReference<>();
        AtomicReference<CountDownLatch> resumeSeen = new AtomicReference<>(new CountDownLatch(0));
        TrainingListener listener = new TrainingListener() {
            @Override
            public void batchFinished(BatchProgress p) {
                lastBatch.set(p);
                if (p.epoch() == 1 && p.batch() == 3) {
                    control.pause();
                    pausedAt.countDown();
                } else {
                    resumeSeen.get().countDown();
                }
            }
        };
        AtomicReference<RunOutcome> outcome = new AtomicReference<>();
        TrainingData data = realSlice(); // on this thread: a skip must not happen inside the runner
        Thread runner = new Thread(() -> outcome.set(new Trainer(data).run(TrainConfig.DEFAULTS.withEpochs(50),
                listener, control)));
        runner.setDaemon(true);
        runner.start();
        assertTrue(pausedAt.await(30, TimeUnit.SECONDS));
        // Held means parked on the control, waiting for a signal only resume, step or cancel gives: once
        // that is so, no batch can run, however long the test looks. (Before: sleep 300 ms, then check.)
        awaitTrue(control::hasWaitingRun, "the run parks while paused");
        assertEquals(3, lastBatch.get().batch(), "no batch runs while paused");
        assertEquals(1, lastBatch.get().epoch());
        assertTrue(control.hasWaitingRun(), "still parked: nothing but resume, step or cancel wakes it");
        CountDownLatch resumed = new CountDownLatch(1);
        resumeSeen.set(resumed);
        control.resume();
        assertTrue(resumed.await(30, TimeUnit.SECONDS), "a batch after resuming");
        assertTrue(lastBatch.get().batch() > 3 || lastBatch.get().epoch() > 1, "resumed");
        control.cancel();
        runner.join(10_000);
        assertFalse(runner.isAlive());
        assertEquals(RunOutcome.Status.CANCELLED, outcome.get().status());
        assertTrue(outcome.get().epochs().size() < 50);
    }

    @Test
    void learningRateChangesMidRunAreAppliedAndReported() {
        TrainingControl control = new TrainingControl();
        List<double[]> changes = new CopyOnWriteArrayList<>();
        List<float[]> snapshots = new CopyOnWriteArrayList<>();
        TrainingListener listener = new TrainingListener() {
            @Override
            public void batchFinished(BatchProgress p) {
                if (p.batch() == 5) {
                    control.setLearningRate(1e38); // so large that the next step must break the run
                    control.requestWeights();
                }
            }

            @Override
            public void learningRateChanged(double at, double from, double to) {
                changes.add(new double[] {at, from, to});
            }

            @Override
            public void weightsSnapshot(BatchProgress at, float[] parameters) {
                // Asked for after batch 5 was published: the copy comes with the next batch, before it is
                // published, so a front end that drains batch 6 already holds batch 6's weights.
                assertEquals(6, at.batch());
                snapshots.add(parameters);
            }
        };
        RunOutcome outcome = new Trainer(realSlice()).run(TrainConfig.DEFAULTS.withEpochs(1), listener, control);
        assertEquals(1, changes.size());
        assertEquals(5.0 / 24, changes.get(0)[0], 1e-12, "before batch 6 of 24");
        assertEquals(0.1, changes.get(0)[1]);
        assertEquals(1e38, changes.get(0)[2]);
        assertEquals(1, snapshots.size());
        assertEquals(7850, snapshots.get(0).length);
        assertEquals(RunOutcome.Status.DIVERGED, outcome.status(), "the new rate was used: " + outcome.message());
        assertTrue(outcome.message().startsWith("diverged at epoch 1, batch"), outcome.message());
    }

    @Test
    void evaluationAgreesWithItsOwnCounts() {
        RecordingListener events = new RecordingListener();
        new Trainer(realSlice()).run(TrainConfig.DEFAULTS.withEpochs(1), events, new TrainingControl());
        Evaluation eval = events.evaluations.peek();
        int total = 0;
        int diagonal = 0;
        int[][] confusion = eval.confusion();
        for (int t = 0; t < 10; t++) {
            for (int p = 0; p < 10; p++) {
                total += confusion[t][p];
            }
            diagonal += confusion[t][t];
        }
        assertEquals(1000, total);
        assertEquals(eval.correctCount(), diagonal);
        assertEquals(List.copyOf(events.epochs).get(0).testAccuracy(), diagonal / 1000.0, 1e-12);
        for (int i = 0; i < eval.size(); i++) {
            float sum = 0;
            float[] p = eval.probabilities(i);
            for (float v : p) {
                sum += v;
            }
            assertEquals(1f, sum, 1e-4f);
            assertEquals(Softmax.argMaxRow(p, 0, 10), eval.prediction(i));
        }
        assertNotNull(events.outcome.get().model());
    }

    /** Waits for {@code condition}, failing only if it never holds (a hang), never on how long it took. */
    private static void awaitTrue(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, what);
            Thread.sleep(1);
        }
    }
}
