package org.softmaxlab.ui.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;
import org.softmaxlab.math.LossFormula;
import org.softmaxlab.train.Divergence;
import org.softmaxlab.train.EndReason;
import org.softmaxlab.train.RunOutcome;
import org.softmaxlab.ui.banner.Notice;
import org.softmaxlab.ui.banner.Severity;
import org.softmaxlab.ui.charts.ChartMarker;
import org.softmaxlab.ui.charts.OverlayRun;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.ui.run.FakeRunner;
import org.softmaxlab.ui.settings.LiveLearningRate;
import org.softmaxlab.ui.run.SettingsForm;
import org.softmaxlab.ui.run.RunState;
import org.softmaxlab.ui.run.TrainingViewModel;
import org.softmaxlab.ui.runs.RunsViewModel;
import org.softmaxlab.ui.status.StatusViewModel;

class OverflowDemoTest {

    private static final String NAIVE_FAILURE = "diverged at epoch 1, batch 3 (loss = NaN): exp(o) overflowed float32 "
            + "(largest logit 120.0 > 88.72), so softmax became inf/inf = NaN; the stable formula subtracts max(o) "
            + "first; use the stable formula or a smaller learning rate";
    private static final Divergence NAIVE_DIVERGENCE = new Divergence(1, 3, Divergence.Symptom.LOSS_NAN,
            Divergence.Cause.NAIVE_EXP_OVERFLOW, 120, Divergence.Advice.STABLE_FORMULA_OR_SMALLER_LEARNING_RATE);

    private final TrainingViewModel training = new TrainingViewModel(new StatusViewModel());
    private final RunsViewModel runs = new RunsViewModel();
    private final FakeRunner runner = new FakeRunner();
    /** What the demo asked to do "later": run by the test once the drain is over, as runLater would. */
    private final Queue<Runnable> later = new ArrayDeque<>();
    private final OverflowDemo demo;

    OverflowDemoTest() {
        training.addRunObserver(runs);
        demo = new OverflowDemo(training, runs, later::add);
    }

    private void runLater() {
        while (!later.isEmpty()) {
            later.remove().run();
        }
    }

    @Test
    void waitsForTheData() {
        assertFalse(demo.canStartProperty().get());
        demo.start();
        assertTrue(runner.configs.isEmpty());
        training.dataReady(runner);
        assertTrue(demo.canStartProperty().get());
    }

    @Test
    void runsNaiveThenStableWithTheSameSettingsAndKeepsTheFailureInTheBanner() {
        training.dataReady(runner);
        demo.start();
        assertEquals(OverflowDemo.NAIVE, runner.configs.get(0));
        assertEquals(Severity.INFO, training.noticeProperty().get().severity());
        assertFalse(demo.canStartProperty().get(), "one demo at a time");

        runner.started(235);
        runner.batches(1, 2);
        runner.finished(RunOutcome.Status.DIVERGED, NAIVE_DIVERGENCE, null);
        training.drain();
        assertEquals(1, later.size(), "the stable run waits until the naive one is fully handled");
        runLater();

        assertEquals(OverflowDemo.NAIVE.withLossFormula(LossFormula.STABLE), runner.configs.get(1));
        assertNull(runner.models.get(1), "fresh weights, the same seed");
        assertEquals(RunState.RUNNING, training.stateProperty().get());
        Notice during = training.noticeProperty().get();
        assertEquals(Severity.ERROR, during.severity());
        assertTrue(during.detail().startsWith(NAIVE_FAILURE + ". Step 2 of 2"), during.detail());
        // The naive run is drawn over the live stable one, each named by the setting that differs.
        assertEquals(List.of("Run 1: loss naive"), runs.overlays().stream().map(OverlayRun::label).toList());
        assertEquals("loss stable", runs.liveLabelProperty().get());
        ChartMarker failure = runs.markers().get(0);
        assertEquals(1, runs.markers().size());
        assertEquals(3.0 / 235, failure.epoch(), 1e-12, "at the end of batch 3, the one that failed");
        assertEquals("loss naive: diverged (inf/NaN)", failure.text());
        assertEquals(ChartMarker.Kind.DIVERGED, failure.kind());
        assertEquals(0, failure.slot(), "run 1 keeps the colour it had while live");

        runner.started(235);
        runner.epoch(1, 0.63);
        runner.epoch(2, 0.70);
        runner.finished(RunOutcome.Status.COMPLETED, null, null);
        training.drain();
        runLater();
        Notice after = training.noticeProperty().get();
        assertEquals(Severity.ERROR, after.severity());
        assertEquals("Same settings, same seed: the naive formula overflowed, the stable one trained", after.title());
        assertTrue(after.detail().contains(NAIVE_FAILURE), after.detail());
        assertTrue(after.detail().contains("test accuracy 70.0% after 2 epochs"), after.detail());
        assertTrue(demo.canStartProperty().get());
    }

    @Test
    void onlyTheDemosRunsAreDrawn() {
        training.dataReady(runner);
        training.start();
        runner.started(10);
        runner.epoch(1, 0.7);
        runner.finished(RunOutcome.Status.COMPLETED, null, null);
        training.drain();

        demo.start();
        assertEquals(1, runs.history().selected().size(), "the earlier run is no longer drawn");
        assertEquals(2, runs.history().runs().size(), "but it is kept");
    }

    @Test
    void stoppingTheNaiveRunEndsTheDemo() {
        training.dataReady(runner);
        demo.start();
        training.stop();
        runner.finished(RunOutcome.Status.CANCELLED, new EndReason.Stopped(0, 2), null);
        training.drain();
        runLater();
        assertEquals(1, runner.configs.size(), "no stable run after a stop");
        assertEquals("The overflow demo stopped", training.noticeProperty().get().title());
    }

    @Test
    void leavesTheTeachersSettingsAsTheyWere() {
        training.dataReady(runner);
        training.settings().textProperty(SettingsForm.Field.LEARNING_RATE).set("0.3");
        training.settings().textProperty(SettingsForm.Field.EPOCHS).set("7");
        TrainConfig teachers = training.settings().configProperty().get();

        LiveLearningRate rateNow = new LiveLearningRate(training);
        demo.start();
        assertEquals(teachers, training.settings().configProperty().get(), "not touched while the naive run trains");
        assertEquals("3", rateNow.textProperty().get(), "Rate now shows the rate the demo trains with");
        runner.started(235);
        runner.finished(RunOutcome.Status.DIVERGED, NAIVE_DIVERGENCE, null);
        training.drain();
        runLater();
        assertEquals(OverflowDemo.NAIVE.withLossFormula(LossFormula.STABLE), runner.configs.get(1));
        runner.started(235);
        runner.epoch(1, 0.63);
        runner.finished(RunOutcome.Status.COMPLETED, null, null);
        training.drain();
        runLater();

        assertEquals(teachers, training.settings().configProperty().get());
        assertEquals("0.3", training.settings().textProperty(SettingsForm.Field.LEARNING_RATE).get());
        assertEquals("7", training.settings().textProperty(SettingsForm.Field.EPOCHS).get());
    }
}
