package org.softmaxlab.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.softmaxlab.train.EndReason;
import org.softmaxlab.train.EpochMetrics;
import org.softmaxlab.train.RunOutcome;
import org.softmaxlab.train.TrainConfig;

@Tag("locale")
class RunRecordTest {

    private final RunRecord run = new RunHistory().add(TrainConfig.DEFAULTS);

    @Test
    void aNewRunIsRunningWithNothingRecorded() {
        assertEquals(RunRecord.Status.RUNNING, run.status());
        assertTrue(run.batchPoints().isEmpty() && run.epochs().isEmpty() && run.learningRateChanges().isEmpty());
        assertTrue(run.finalMetrics().isEmpty());
        assertTrue(run.reason().isEmpty());
    }

    @Test
    void pointsAndEpochsAreKeptInOrderAndTheLastEpochIsTheFinalMetrics() {
        EpochMetrics one = metrics(1, 0.8);
        EpochMetrics two = metrics(2, 0.82);
        run.addBatchPoint(new BatchPoint(0.5, 0.9, 0.7));
        run.addBatchPoint(new BatchPoint(1.0, 0.8, 0.75));
        run.addEpoch(1.0, one);
        run.addBatchPoint(new BatchPoint(1.5, 0.6, 0.8));
        run.addEpoch(2.0, two);

        assertEquals(3, run.batchPoints().size());
        assertEquals(List.of(new EpochPoint(1.0, one), new EpochPoint(2.0, two)), run.epochs());
        assertEquals(two, run.finalMetrics().orElseThrow());
    }

    @Test
    void positionsMayNotGoBackwards() {
        run.addBatchPoint(new BatchPoint(1.5, 0.6, 0.8));
        run.addEpoch(2.0, metrics(2, 0.8));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> run.addBatchPoint(new BatchPoint(0.25, 0.6, 0.8)));
        assertEquals("a batch point at epoch 0.25 comes before the last one, at 1.5", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> run.addEpoch(1.0, metrics(1, 0.8)));
        assertThrows(IllegalArgumentException.class, () -> run.addBatchPoint(new BatchPoint(Double.NaN, 0, 0)));
    }

    @Test
    void learningRateChangesRecordTheOldAndNewRateAndApplyAfterTheirPosition() {
        run.changeLearningRate(2.5, 0.5);
        run.changeLearningRate(4.0, 0.05);

        assertEquals(List.of(new LearningRateChange(2.5, 0.1, 0.5), new LearningRateChange(4.0, 0.5, 0.05)),
                run.learningRateChanges());
        assertEquals(0.05, run.learningRate());
        assertEquals(0.1, run.learningRateAt(2.5));
        assertEquals(0.5, run.learningRateAt(2.75));
        assertEquals(0.05, run.learningRateAt(5));
        assertEquals(0.1, run.config().learningRate(), "the starting settings stay as they were");
    }

    @Test
    void anInvalidNewLearningRateIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> run.changeLearningRate(1, -1));

        assertTrue(e.getMessage().contains("learning rate must be a finite number greater than 0"), e.getMessage());
        assertTrue(run.learningRateChanges().isEmpty());
    }

    @Test
    void finishingTakesTheTrainersStatusAndMessageAndARunCanGoOn() {
        EndReason why = new EndReason.Stopped(2, 10);
        run.finish(RunOutcome.Status.CANCELLED, why);

        assertEquals(RunRecord.Status.CANCELLED, run.status());
        assertEquals(why, run.reason().orElseThrow());

        run.markRunning();
        assertEquals(RunRecord.Status.RUNNING, run.status());
        assertTrue(run.reason().isEmpty());
    }

    @Test
    void everyWayATrainerRunEndsHasAStatus() {
        for (RunOutcome.Status ended : RunOutcome.Status.values()) {
            assertEquals(ended.name(), RunRecord.Status.of(ended).name());
        }
    }

    static EpochMetrics metrics(int epoch, double testAccuracy) {
        return new EpochMetrics(epoch, 0.5, 0.8, 0.55, testAccuracy, 1000, 100);
    }
}
