package org.softmaxlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.softmaxlab.math.LossFormula;
import org.softmaxlab.testing.RealData;

/**
 * A stopped run goes on at its next batch, in the same shuffled order, with the same running sums:
 * stop and continue is bit for bit the uninterrupted run (issue 20, item 1). Before the stop point,
 * a continued run began its epoch again at batch 1 with a fresh shuffle, so these failed.
 */
@Timeout(180)
class StopAndContinueTest {

    private static TrainingData slice;
    private static final TrainConfig CONFIG = TrainConfig.DEFAULTS.withEpochs(3).withBatchSize(100); // 30 batches

    @BeforeAll
    static void setUp() {
        Nd4jRuntime.configureThreads(1);
        slice = TrainingData.of(RealData.load().head(3000, 500));
    }

    /** Every batch's progress and every epoch's metrics, in order. */
    private static final class Curve implements TrainingListener {
        final List<BatchProgress> batches = new ArrayList<>();
        final List<EpochMetrics> epochs = new ArrayList<>();
        private final TrainingControl control;
        private final int stopEpoch;
        private final int stopBatch;

        Curve(TrainingControl control, int stopEpoch, int stopBatch) {
            this.control = control;
            this.stopEpoch = stopEpoch;
            this.stopBatch = stopBatch;
        }

        @Override
        public void batchFinished(BatchProgress progress) {
            batches.add(progress);
            if (progress.epoch() == stopEpoch && progress.batch() == stopBatch) {
                control.cancel(); // as Esc does: the run stops before its next batch
            }
        }

        @Override
        public void epochFinished(EpochMetrics metrics, Evaluation evaluation) {
            epochs.add(metrics);
        }
    }

    @ParameterizedTest(name = "stopped after epoch {0} batch {1}")
    @CsvSource({"2, 7", "1, 30", "1, 1", "3, 29"})
    void stopAndContinueIsTheUninterruptedRunBitForBit(int stopEpoch, int stopBatch) {
        Curve whole = new Curve(new TrainingControl(), 0, 0);
        RunOutcome full = new Trainer(slice).run(CONFIG, whole, new TrainingControl());

        TrainingControl control = new TrainingControl();
        Curve first = new Curve(control, stopEpoch, stopBatch);
        Model model = Model.initialized(CONFIG.model(), CONFIG.initStd(), CONFIG.seed());
        RunOutcome stopped = new Trainer(slice).run(CONFIG, model, first, control);
        assertEquals(RunOutcome.Status.CANCELLED, stopped.status());
        StopPoint at = stopped.stopPoint();
        assertNotNull(at, "a stop between two batches says where to go on");
        assertEquals(stopBatch == 30 ? stopEpoch + 1 : stopEpoch, at.epoch());
        assertEquals(stopBatch == 30 ? 0 : stopBatch, at.batchesDone());

        Curve second = new Curve(new TrainingControl(), 0, 0);
        RunOutcome continued = new Trainer(slice).run(CONFIG, stopped.model(), at, second, new TrainingControl());
        assertEquals(RunOutcome.Status.COMPLETED, continued.status());

        List<BatchProgress> joined = new ArrayList<>(first.batches);
        joined.addAll(second.batches);
        assertEquals(whole.batches.size(), joined.size(), "no batch trained twice or skipped");
        for (int i = 0; i < joined.size(); i++) {
            BatchProgress a = whole.batches.get(i);
            BatchProgress b = joined.get(i);
            assertEquals(a.epoch(), b.epoch(), "batch " + i);
            assertEquals(a.batch(), b.batch(), "batch " + i);
            assertEquals(a.runningLoss(), b.runningLoss(), 0, "running loss, batch " + i);
            assertEquals(a.runningAccuracy(), b.runningAccuracy(), 0, "running accuracy, batch " + i);
            assertEquals(a.imagesSeen(), b.imagesSeen(), "images seen, batch " + i);
        }
        List<EpochMetrics> epochs = new ArrayList<>(stopped.epochs());
        epochs.addAll(continued.epochs());
        assertEquals(full.epochs().size(), epochs.size(), "each leg lists only its own epochs");
        for (int e = 0; e < epochs.size(); e++) {
            assertEquals(full.epochs().get(e).epoch(), epochs.get(e).epoch());
            assertEquals(full.epochs().get(e).trainLoss(), epochs.get(e).trainLoss(), 0, "train loss " + e);
            assertEquals(full.epochs().get(e).testAccuracy(), epochs.get(e).testAccuracy(), 0, "test acc " + e);
        }
        float[] a = full.model().parametersCopy();
        float[] b = continued.model().parametersCopy();
        for (int i = 0; i < a.length; i++) {
            assertEquals(Float.floatToIntBits(a[i]), Float.floatToIntBits(b[i]), "parameter " + i);
        }
    }

    @Test
    void aStopPointFitsOnlyTheSameBatches() {
        TrainingControl control = new TrainingControl();
        RunOutcome stopped = new Trainer(slice).run(CONFIG, new Curve(control, 1, 3), control);
        StopPoint at = stopped.stopPoint();
        assertTrue(at.fits(CONFIG.withEpochs(9).withLearningRate(0.05)), "epochs and the rate may change");
        assertFalse(at.fits(CONFIG.withBatchSize(50)));
        assertFalse(at.fits(CONFIG.withSeed(7)));
        assertFalse(at.fits(CONFIG.withLossFormula(LossFormula.NAIVE)));
        assertThrows(IllegalArgumentException.class, () -> new Trainer(slice).run(CONFIG.withBatchSize(50),
                stopped.model(), at, TrainingListener.NONE, new TrainingControl()));
    }

    @Test
    void aCompletedOrDivergedRunHasNoStopPoint() {
        assertNull(new Trainer(slice).run(CONFIG.withEpochs(1), TrainingListener.NONE, new TrainingControl())
                .stopPoint());
    }

    @Test
    void aContinuedRunTrainsOnAtTheRateShownAndSaysSo() {
        TrainingControl control = new TrainingControl();
        RunOutcome stopped = new Trainer(slice).run(CONFIG, new Curve(control, 1, 3), control);
        List<Double> changes = new ArrayList<>();
        new Trainer(slice).run(CONFIG.withEpochs(1).withLearningRate(0.05), stopped.model(), stopped.stopPoint(),
                new TrainingListener() {
                    @Override
                    public void learningRateChanged(double fractionalEpoch, double from, double to) {
                        changes.add(fractionalEpoch);
                        changes.add(to);
                    }
                }, new TrainingControl());
        assertEquals(List.of(0.1, 0.05), changes, "at 3/30 of epoch 1, to 0.05");
    }
}
