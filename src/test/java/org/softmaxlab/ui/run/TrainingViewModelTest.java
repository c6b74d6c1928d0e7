package org.softmaxlab.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.softmaxlab.data.MnistFamily;
import org.softmaxlab.data.ImageShape;
import org.softmaxlab.math.LossFormula;
import org.softmaxlab.train.BatchSnapshot;
import org.softmaxlab.train.Divergence;
import org.softmaxlab.train.EndReason;
import org.softmaxlab.train.ModelSpec;
import org.softmaxlab.train.RunOutcome;
import org.softmaxlab.train.SoftmaxRegression;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.ui.banner.Notice;
import org.softmaxlab.ui.banner.Severity;
import org.softmaxlab.ui.run.SettingsForm.Field;
import org.softmaxlab.ui.status.StatusViewModel;

@Tag("locale")
class TrainingViewModelTest {

    private final StatusViewModel status = new StatusViewModel();
    private final TrainingViewModel vm = new TrainingViewModel(status);
    private final FakeRunner runner = new FakeRunner();

    private void ready() {
        vm.dataReady(runner);
    }

    /** A run of one epoch (100 batches an epoch), completed and drained. */
    private void completedOneEpochRun() {
        ready();
        vm.start();
        runner.started(100);
        runner.epoch(1, 0.7);
        runner.finished(RunOutcome.Status.COMPLETED, null, null);
        vm.drain();
    }

    /** Drains until the curves are redrawn. */
    private void drainAndRedraw() {
        for (int i = 0; i < PendingCurves.DRAINS_PER_REDRAW; i++) {
            vm.drain();
        }
    }

    @Test
    void startWaitsForTheDataAndSaysSo() {
        assertEquals(RunState.WAITING_FOR_DATA, vm.stateProperty().get());
        assertFalse(vm.canStartProperty().get());
        assertEquals("Start is available once the data has loaded.", vm.startBlockedReasonProperty().get());
        vm.start();
        assertTrue(runner.configs.isEmpty());

        ready();
        assertTrue(vm.canStartProperty().get());
        assertEquals("", vm.startBlockedReasonProperty().get());
    }

    @Test
    void anInvalidSettingBlocksStartWithTrainConfigsMessage() {
        ready();
        vm.settings().textProperty(Field.LEARNING_RATE).set("-0.5");
        assertFalse(vm.canStartProperty().get());
        assertEquals(TrainConfig.DEFAULTS.withLearningRate(-0.5).problems().get(0),
                vm.startBlockedReasonProperty().get());
        vm.start();
        assertTrue(runner.configs.isEmpty());

        vm.settings().textProperty(Field.LEARNING_RATE).set("0.3");
        assertTrue(vm.canStartProperty().get());
    }

    @Test
    void startRunsTheSettingsShownWithFreshWeightsAndLocksTheForm() {
        ready();
        vm.settings().textProperty(Field.EPOCHS).set("3");
        vm.start();
        assertEquals(TrainConfig.DEFAULTS.withEpochs(3), runner.configs.get(0));
        assertNull(runner.models.get(0));
        assertEquals(RunState.RUNNING, vm.stateProperty().get());
        assertFalse(vm.canStartProperty().get());
        assertFalse(vm.settingsEditableProperty().get());
        assertTrue(vm.canPauseOrResumeProperty().get());
        assertTrue(vm.canStopProperty().get());
        assertFalse(vm.canResetProperty().get());
        assertEquals(3, vm.epochAxisEndProperty().get());
    }

    @Test
    void pauseAndResumeDriveTheTrainingControl() {
        ready();
        vm.start();
        vm.togglePause();
        assertEquals(RunState.PAUSED, vm.stateProperty().get());
        assertTrue(runner.control.isPaused());
        assertTrue(vm.canStopProperty().get());
        vm.togglePause();
        assertEquals(RunState.RUNNING, vm.stateProperty().get());
        assertFalse(runner.control.isPaused());
    }

    @Test
    void stopCancelsAndTheRunEndsWhenItsLastEventIsDrained() {
        ready();
        vm.start();
        runner.started(100);
        runner.epoch(1, 0.7);
        vm.stop();
        assertTrue(runner.control.isCancelled());
        assertEquals(RunState.STOPPING, vm.stateProperty().get());
        assertFalse(vm.canStopProperty().get());
        assertFalse(vm.canPauseOrResumeProperty().get());
        assertFalse(vm.canStartProperty().get());

        runner.finished(RunOutcome.Status.CANCELLED, new EndReason.Stopped(1, 10), null);
        assertEquals(RunState.STOPPING, vm.stateProperty().get(), "nothing changes before the drain");
        vm.drain();
        assertEquals(RunState.READY, vm.stateProperty().get());
        assertTrue(vm.canStartProperty().get());
        assertTrue(vm.canResetProperty().get());
        assertTrue(vm.settingsEditableProperty().get());
        assertEquals("Stopped after 1 of 10 epochs", vm.noticeProperty().get().title());
    }

    @Test
    void curvesAndTheStatusPositionAreRedrawnOnEveryThirdDrainWithAllNewPointsInOneChange() {
        ready();
        vm.start();
        AtomicInteger changes = new AtomicInteger();
        vm.trainLossPoints().addListener((ListChangeListener<ChartPoint>) c -> changes.incrementAndGet());
        runner.started(235);
        runner.epoch(1, 0.75);
        vm.drain();
        String starting = status.textProperty().get();
        assertFalse(starting.contains("batch"), starting);
        runner.epoch(2, 0.80);
        vm.drain();
        assertEquals(0, changes.get(), "no redraw before the third drain");
        assertEquals(starting, status.textProperty().get(), "the status position moves with the curves");
        vm.drain();
        assertEquals(1, changes.get());
        assertEquals("Epoch 2/10 · batch 235/235", status.textProperty().get());
        assertEquals(40, vm.trainLossPoints().size());
        assertEquals(40, vm.trainAccuracyPoints().size());
        assertEquals(2, vm.testAccuracyPoints().size());
        assertEquals(new ChartPoint(2, 0.80), vm.testAccuracyPoints().get(1));
        assertEquals(2.0, vm.trainLossPoints().get(39).epoch(), 1e-12);
    }

    @Test
    void theRunsEndRedrawsAtOnce() {
        completedOneEpochRun();
        assertEquals(20, vm.trainLossPoints().size());
        assertEquals(1, vm.testAccuracyPoints().size());
    }

    @Test
    void aDrainWithNothingNewChangesNothing() {
        ready();
        vm.start();
        runner.started(235);
        runner.batches(1, 30);
        drainAndRedraw();
        int points = vm.trainLossPoints().size();
        String text = status.textProperty().get();
        vm.drain();
        assertEquals(points, vm.trainLossPoints().size());
        assertEquals(text, status.textProperty().get());
        assertEquals("Epoch 1/10 · batch 30/235", text);
    }

    @Test
    void divergenceEndsTheRunKeepsTheCurvesAndSuggestsASmallerRate() {
        ready();
        vm.settings().textProperty(Field.LEARNING_RATE).set("3");
        vm.start();
        runner.started(100);
        runner.epoch(1, 0.5);
        runner.finished(RunOutcome.Status.DIVERGED, new Divergence(2, 7, Divergence.Symptom.LOSS_NAN, Divergence.Cause.UNKNOWN, 5.0,
                Divergence.Advice.SMALLER_LEARNING_RATE), null);
        vm.drain();
        assertEquals(RunState.READY, vm.stateProperty().get());
        assertEquals(20, vm.trainLossPoints().size(), "the curves stay");
        Notice notice = vm.noticeProperty().get();
        assertEquals(Severity.ERROR, notice.severity());
        assertTrue(notice.detail().startsWith("diverged at epoch 2, batch 7"), notice.detail());
        assertEquals(0.3, notice.suggestedLearningRate(), 1e-12);

        vm.applySuggestedLearningRate();
        assertEquals("0.3", vm.settings().textProperty(Field.LEARNING_RATE).get());
        assertNull(vm.noticeProperty().get());

        vm.start();
        assertNull(runner.models.get(1), "a diverged model is not trained further");
        assertTrue(vm.trainLossPoints().isEmpty(), "a fresh run starts fresh curves");
    }

    /** Trains {@code model} for a first run of 2 epochs, to its end. */
    private void trainTwoEpochs(SoftmaxRegression model) {
        ready();
        vm.settings().textProperty(Field.EPOCHS).set("2");
        vm.start();
        runner.started(100);
        runner.epoch(1, 0.7);
        runner.epoch(2, 0.75);
        runner.finished(RunOutcome.Status.COMPLETED, null, model);
        vm.drain();
    }

    @Test
    void startContinuesTheModelAndItsCurvesWhereTheyStopped() {
        SoftmaxRegression model = SoftmaxRegression.initialized(0.01, 1);
        trainTwoEpochs(model);
        assertEquals("Finished 2 epochs", vm.noticeProperty().get().title());

        vm.settings().textProperty(Field.EPOCHS).set("3");
        vm.start();
        assertSame(model, runner.models.get(1));
        assertEquals(5, vm.epochAxisEndProperty().get());
        runner.started(100);
        runner.epoch(1, 0.78);
        drainAndRedraw();
        assertEquals(new ChartPoint(3, 0.78), vm.testAccuracyPoints().get(2));
        assertEquals(60, vm.trainLossPoints().size());
    }

    @Test
    void aModelTrainedFurtherCountsItsEpochsAsTheAxisDoes() {
        SoftmaxRegression model = SoftmaxRegression.initialized(0.01, 1);
        trainTwoEpochs(model);

        vm.settings().textProperty(Field.EPOCHS).set("3");
        vm.start();
        runner.started(100);
        runner.batches(1, 50);
        drainAndRedraw();
        assertTrue(status.textProperty().get().startsWith("Epoch 3/5 "), status.textProperty().get());
        runner.batches(1, 51, 100);
        runner.finished(RunOutcome.Status.CANCELLED, new EndReason.Stopped(0, 3), model);
        vm.drain();
        assertEquals("Stopped after 2 of 5 epochs", vm.noticeProperty().get().title());

        vm.start();
        runner.started(100);
        runner.epoch(1, 0.78);
        runner.finished(RunOutcome.Status.COMPLETED, null, model);
        vm.drain();
        assertEquals("Finished 4 epochs", vm.noticeProperty().get().title(), "the model has 2 + 1 + 1 epochs");
    }

    @Test
    void aStepAsksForACopyOfItsOwnBatchAndTheStepTabCountsTheModelsEpochs() {
        SoftmaxRegression model = SoftmaxRegression.initialized(0.01, 1);
        trainTwoEpochs(model);
        vm.batchWantedProperty().set(true);

        vm.step(); // starts the run paused and trains one batch before any pulse
        assertEquals(RunState.PAUSED, vm.stateProperty().get());
        assertTrue(runner.control.takeBatchRequest(), "the stepped batch itself is copied, not only the next pulse's");

        runner.started(100);
        runner.listener.batchSnapshot(new BatchSnapshot(1, 1, 1, new float[ImageShape.MNIST.values()], new int[] {0},
                new float[MnistFamily.FASHION_MNIST.classNames().size()], 0.1, LossFormula.STABLE, ModelSpec.SOFTMAX));
        runner.batches(1, 1);
        drainAndRedraw();
        assertEquals(3, vm.lastBatchProperty().get().epoch(), "the model's third epoch, as the status bar says");
        assertTrue(status.textProperty().get().contains("Epoch 3/"), status.textProperty().get());
    }

    @Test
    void resetDropsTheModelAndTheCurves() {
        completedOneEpochRun();
        assertTrue(vm.canResetProperty().get());
        vm.reset();
        assertTrue(vm.trainLossPoints().isEmpty());
        assertTrue(vm.testAccuracyPoints().isEmpty());
        assertNull(vm.noticeProperty().get());
        assertFalse(vm.canResetProperty().get());
        assertEquals(10, vm.epochAxisEndProperty().get());
    }

    /** The One step tab shows a step of the model being trained, never one of a model dropped since. */
    @Test
    void theOpenedStepGoesWithItsModel() {
        ready();
        vm.start();
        runner.started(100);
        runner.listener.batchSnapshot(step());
        vm.drain();
        assertNotNull(vm.lastBatchProperty().get());
        runner.finished(RunOutcome.Status.COMPLETED, null, SoftmaxRegression.initialized(0.01, 1));
        vm.drain();
        assertNotNull(vm.lastBatchProperty().get(), "the finished run's last step stays to look at");
        vm.start(); // trains the same model further
        assertNotNull(vm.lastBatchProperty().get());
        runner.started(100);
        runner.finished(RunOutcome.Status.COMPLETED, null, SoftmaxRegression.initialized(0.01, 1));
        vm.drain();

        vm.reset();
        assertNull(vm.lastBatchProperty().get(), "after Reset");

        vm.start();
        runner.started(100);
        runner.listener.batchSnapshot(step());
        vm.drain();
        runner.finished(RunOutcome.Status.FAILED, null, null); // a failed run drops its model
        vm.drain();
        vm.start(); // fresh weights
        assertNull(vm.lastBatchProperty().get(), "a fresh start shows no step of the model before");
    }

    private static org.softmaxlab.train.BatchSnapshot step() {
        return new org.softmaxlab.train.BatchSnapshot(1, 1, 1, new float[784], new int[1], new float[10], 0.1,
                org.softmaxlab.math.LossFormula.STABLE, org.softmaxlab.train.ModelSpec.SOFTMAX);
    }

    @Test
    void shutdownCancelsTheRunAndReportsWhetherItEnded() throws Exception {
        ready();
        vm.start();
        assertFalse(vm.shutdown(Duration.ofMillis(10)));
        assertTrue(runner.control.isCancelled());
        runner.ended = true;
        assertTrue(vm.shutdown(Duration.ofMillis(10)));
    }
}
