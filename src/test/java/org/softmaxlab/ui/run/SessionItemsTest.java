package org.softmaxlab.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;
import org.softmaxlab.math.LossFormula;
import org.softmaxlab.run.RunPhase;
import org.softmaxlab.train.BatchSnapshot;
import org.softmaxlab.train.Divergence;
import org.softmaxlab.train.EndReason;
import org.softmaxlab.train.ModelSpec;
import org.softmaxlab.train.Pace;
import org.softmaxlab.train.RunOutcome;
import org.softmaxlab.train.SoftmaxRegression;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.ui.numerics.OverflowDemo;
import org.softmaxlab.ui.run.SettingsForm.Field;
import org.softmaxlab.ui.runs.RunsViewModel;
import org.softmaxlab.ui.status.StatusViewModel;

/** Issue 20's items 2, 3, 4, 6 and 8, each as the teacher met it; each failed before its fix. */
class SessionItemsTest {

    private long now;
    private final StatusViewModel status = new StatusViewModel(() -> now);
    private final TrainingViewModel vm = new TrainingViewModel(status);
    private final RunsViewModel runs = new RunsViewModel();
    private final FakeRunner runner = new FakeRunner();
    private final Queue<Runnable> later = new ArrayDeque<>();
    private final OverflowDemo demo;
    private final List<TrainingViewModel.Drop> asked = new ArrayList<>();
    private final SoftmaxRegression model = SoftmaxRegression.initialized(0.01, 1);

    SessionItemsTest() {
        vm.addRunObserver(runs);
        demo = new OverflowDemo(vm, runs, later::add);
        vm.setDropGuard((what, current, proceed) -> asked.add(what)); // the teacher answers Cancel
        status.dataReady(60_000, 10_000, "CPU", 1);
        vm.dataReady(runner);
    }

    private void finishedRun(int epochs) {
        vm.settings().textProperty(Field.EPOCHS).set(Integer.toString(epochs));
        vm.start();
        runner.started(10);
        for (int e = 1; e <= epochs; e++) {
            runner.epoch(e, 0.8);
        }
        runner.finished(RunOutcome.Status.COMPLETED, null, model);
        vm.drain();
    }

    private void runLater() {
        while (!later.isEmpty()) {
            later.remove().run();
        }
    }

    @Test
    void item2TheOverflowDemoLeavesTheTeachersModelAndSettings() {
        finishedRun(3);
        String lr = vm.settings().textProperty(Field.LEARNING_RATE).get();
        demo.start();
        assertEquals(OverflowDemo.NAIVE, runner.configs.get(1));
        assertEquals(null, runner.models.get(1), "the demo trains a fresh model of its own");
        runner.started(235);
        runner.finished(RunOutcome.Status.DIVERGED, null, SoftmaxRegression.initialized(0.01, 9));
        vm.drain();
        runLater();
        runner.started(235);
        runner.finished(RunOutcome.Status.COMPLETED, null, SoftmaxRegression.initialized(0.01, 9));
        vm.drain();
        runLater();
        assertSame(model, vm.currentModel().model(), "the teacher's model is still the current one");
        assertEquals(3, vm.currentModel().epochs().size());
        assertEquals(lr, vm.settings().textProperty(Field.LEARNING_RATE).get());
        vm.start();
        assertSame(model, runner.models.get(3), "Start trains the teacher's model further");
    }

    @Test
    void item2AStoppedDemoDoesNotSayStartContinuesIt() {
        finishedRun(2);
        demo.start();
        runner.started(235);
        runner.batches(1, 1);
        vm.drain();
        vm.stop();
        runner.finished(RunOutcome.Status.CANCELLED, null, SoftmaxRegression.initialized(0.01, 9));
        vm.drain();
        assertEquals("The overflow demo stopped", vm.noticeProperty().get().title());
        vm.start();
        assertSame(model, runner.models.get(2), "Start goes on with the teacher's model");
    }

    @Test
    void item4PausedBeforeItsFirstBatchTheStatusBarSaysPaused() {
        demo.start();
        vm.togglePause();
        runner.started(235);
        vm.drain();
        assertEquals("Paused · Starting a run of 2 epochs…", status.textProperty().get());
    }

    @Test
    void item2OpenModelAndAKindSwitchAskFirst() {
        finishedRun(2);
        vm.confirmDrop(TrainingViewModel.Drop.OPEN, () -> { throw new AssertionError("opened without asking"); });
        vm.settings().modelKindProperty().set(ModelSpec.Kind.MLP);
        vm.start();
        assertEquals(List.of(TrainingViewModel.Drop.OPEN, TrainingViewModel.Drop.SWITCH_MODEL), asked);
        assertEquals(1, runner.configs.size(), "no MLP started while the question is open");
        assertSame(model, vm.currentModel().model());
    }

    @Test
    void item3AModelKindSwitchDropsTheHistoryWithTheModel() {
        finishedRun(3);
        vm.setDropGuard((what, current, proceed) -> proceed.run());
        vm.settings().modelKindProperty().set(ModelSpec.Kind.MLP);
        vm.settings().textProperty(Field.EPOCHS).set("2");
        vm.start();
        assertEquals(null, runner.models.get(1), "fresh weights");
        runner.started(10);
        runner.epoch(1, 0.8);
        runner.epoch(2, 0.85);
        runner.finished(RunOutcome.Status.COMPLETED, null, SoftmaxRegression.initialized(0.01, 3));
        vm.drain();
        assertEquals(List.of(1, 2), vm.currentModel().epochs().stream().map(m -> m.epoch()).toList(),
                "the MLP's own epochs, not the softmax model's 1..3 before them");
        assertEquals("Finished 2 epochs", vm.noticeProperty().get().title());
    }

    @Test
    void item4SteppingIntoTheDemoShowsTheOverflowingStepAndStaysPaused() {
        vm.batchWantedProperty().set(true);
        vm.paceProperty().set(Pace.perSecond(1));
        demo.start();
        runner.started(235);
        runner.batches(1, 1);
        vm.drain();
        vm.togglePause();
        vm.step();
        runner.batches(1, 2, 2);
        vm.drain();
        vm.step();
        BatchSnapshot overflowing = new BatchSnapshot(1, 3, 1, new float[784], new int[1], new float[10], 3,
                LossFormula.NAIVE, ModelSpec.SOFTMAX);
        runner.listener.batchSnapshot(overflowing); // the step that overflows is copied, then the run ends
        runner.finished(RunOutcome.Status.DIVERGED, new Divergence(1, 3, Divergence.Symptom.LOSS_NAN,
                Divergence.Cause.NAIVE_EXP_OVERFLOW, 120, Divergence.Advice.STABLE_FORMULA_OR_SMALLER_LEARNING_RATE),
                null);
        vm.drain();
        assertNotNull(vm.lastBatchProperty().get(), "the One step tab shows the step that overflowed");
        assertEquals(3, vm.lastBatchProperty().get().batch());
        assertTrue(status.textProperty().get().contains("batch 3/235"),
                "status bar and banner agree on the batch: " + status.textProperty().get());
        runLater();
        assertEquals(RunPhase.PAUSED, vm.phaseProperty().get(), "the stable run waits for the next S");
        assertEquals(3, vm.lastBatchProperty().get().batch(), "still the overflowing step until the next one");
    }

    @Test
    void item4ASecondDemoShowsNoStepOfTheFirst() {
        vm.batchWantedProperty().set(true);
        demo.start();
        runner.started(235);
        runner.listener.batchSnapshot(new BatchSnapshot(1, 17, 1, new float[784], new int[1], new float[10], 3,
                LossFormula.STABLE, ModelSpec.SOFTMAX));
        runner.batches(1, 17);
        vm.drain();
        assertEquals(17, vm.lastBatchProperty().get().batch());
        vm.stop();
        runner.finished(RunOutcome.Status.CANCELLED, new EndReason.Stopped(0, 17), null);
        vm.drain();
        runLater();

        demo.start(); // seen under Xvfb: paused before its first batch, One step showed "batch 17, stable"
        assertNull(vm.lastBatchProperty().get(), "the One step tab says 'no step yet', not the last demo's step");
    }

    @Test
    void item6AfterResetOrOpenNothingOfTheOldRunIsSaid() {
        finishedRun(2);
        assertTrue(status.textProperty().get().startsWith("Finished"));
        vm.reset();
        assertTrue(status.textProperty().get().startsWith("Ready"), status.textProperty().get());
        assertEquals("", status.speedProperty().get());
        assertEquals("", status.timeProperty().get());
        finishedRun(1);
        vm.openModel(TrainConfig.DEFAULTS, List.of(), SoftmaxRegression.initialized(0.01, 5));
        assertTrue(status.textProperty().get().startsWith("Ready"), status.textProperty().get());
    }

    @Test
    void item6APaceChangeWhileStoppedKeepsStopped() {
        vm.start();
        runner.started(10);
        runner.batches(1, 4);
        vm.drain();
        vm.stop();
        runner.finished(RunOutcome.Status.CANCELLED, null, model);
        vm.drain();
        String stopped = status.textProperty().get();
        assertTrue(stopped.startsWith("Stopped"), stopped);
        vm.paceProperty().set(Pace.perEpoch(30));
        assertEquals(stopped, status.textProperty().get());
        assertFalse(status.timeProperty().get().contains("ETA"), status.timeProperty().get());
    }

    @Test
    void item6AStepEpochIsNotPausedAndAPausedRunIsNotTraining() {
        vm.start();
        runner.started(10);
        runner.batches(1, 3);
        for (int i = 0; i < PendingCurves.DRAINS_PER_REDRAW; i++) {
            vm.drain();
        }
        vm.togglePause();
        assertTrue(runs.rows().get(0).result().startsWith("paused"), runs.rows().get(0).result());
        vm.stepEpoch();
        runner.batches(1, 4, 6);
        vm.drain();
        assertTrue(status.textProperty().get().startsWith("Stepping"), status.textProperty().get());
        assertTrue(runs.rows().get(0).result().startsWith("training"), runs.rows().get(0).result());
    }

    @Test
    void item6APacedRunSaysItsPaceAndWallTime() {
        vm.paceProperty().set(Pace.perSecond(4));
        vm.start();
        runner.started(10);
        now += 90_000_000_000L; // 90 s on the wall, 10 ms of it training
        runner.batches(1, 5);
        for (int i = 0; i < PendingCurves.DRAINS_PER_REDRAW; i++) {
            vm.drain();
        }
        assertEquals("pace 4 batches/s", status.speedProperty().get());
        assertTrue(status.timeProperty().get().startsWith("1:30 elapsed"), status.timeProperty().get());
    }

    @Test
    void item8QuitAsksForAnUnsavedModelAndNotForASavedOne() {
        finishedRun(2);
        List<String> done = new ArrayList<>();
        vm.confirmDrop(TrainingViewModel.Drop.QUIT, () -> done.add("quit"));
        assertEquals(List.of(TrainingViewModel.Drop.QUIT), asked);
        assertTrue(done.isEmpty(), "Quit waits for the answer");
        vm.markSaved();
        assertFalse(vm.wouldLoseTraining(), "Reset after a save does not say the model is lost");
        vm.confirmDrop(TrainingViewModel.Drop.QUIT, () -> done.add("quit"));
        assertEquals(List.of("quit"), done);
    }
}
