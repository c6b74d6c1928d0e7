package org.softmaxlab.ui.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.session.LearningRateChange;
import org.softmaxlab.session.RunRecord;
import org.softmaxlab.session.RunsCsv;
import org.softmaxlab.train.Divergence;
import org.softmaxlab.train.RunOutcome;
import org.softmaxlab.train.SoftmaxRegression;
import org.softmaxlab.ui.Language;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.charts.ChartMarker;
import org.softmaxlab.ui.charts.OverlayRun;
import org.softmaxlab.ui.run.ChartPoint;
import org.softmaxlab.ui.run.FakeRunner;
import org.softmaxlab.ui.run.SettingsForm.Field;
import org.softmaxlab.ui.run.TrainingViewModel;
import org.softmaxlab.ui.status.StatusViewModel;

@Tag("locale")
class RunsViewModelTest {

    private final TrainingViewModel training = new TrainingViewModel(new StatusViewModel());
    private final RunsViewModel runs = new RunsViewModel();
    private final FakeRunner runner = new FakeRunner();

    RunsViewModelTest() {
        training.addRunObserver(runs);
        training.dataReady(runner);
    }

    /** Trains a fresh run of {@code epochs} epochs at {@code learningRate}, 100 batches an epoch. */
    private void finishedRun(String learningRate, int epochs, SoftmaxRegression model) {
        if (training.canResetProperty().get()) {
            training.reset();
        }
        training.settings().textProperty(Field.LEARNING_RATE).set(learningRate);
        training.settings().textProperty(Field.EPOCHS).set(Integer.toString(epochs));
        training.start();
        runner.started(100);
        for (int epoch = 1; epoch <= epochs; epoch++) {
            runner.epoch(epoch, 0.5 + 0.1 * epoch);
        }
        runner.finished(RunOutcome.Status.COMPLETED, null, model);
        training.drain();
    }

    /** A run at lr 3 that diverges at epoch 1, batch 3, after two finite batches. */
    private void divergedRunAtLearningRate3() {
        training.settings().textProperty(Field.LEARNING_RATE).set("3");
        training.start();
        runner.started(100);
        runner.batches(1, 2);
        runner.finished(RunOutcome.Status.DIVERGED, new Divergence(1, 3, Divergence.Symptom.LOSS_NAN,
                Divergence.Cause.UNKNOWN, 50, Divergence.Advice.SMALLER_LEARNING_RATE), null);
        training.drain();
    }

    private static List<String> labels(List<OverlayRun> overlays) {
        return overlays.stream().map(OverlayRun::label).toList();
    }

    @Test
    void everyRunIsKeptWithItsSettingsAndFinalMetrics() {
        finishedRun("0.1", 2, null);
        assertEquals(1, runs.history().runs().size());
        RunRecord run = runs.history().runs().get(0);
        assertEquals(RunRecord.Status.COMPLETED, run.status());
        assertEquals(0.1, run.config().learningRate());
        assertEquals(0.7, run.finalMetrics().orElseThrow().testAccuracy(), 1e-12);
        assertEquals(2, run.epochs().size());
        assertEquals(2.0, run.epochs().get(1).fractionalEpoch());
        // 100 batches sampled every 5th: 20 points an epoch.
        assertEquals(40, run.batchPoints().size());
        RunRow row = runs.rows().get(0);
        assertEquals("run 1", row.name());
        assertEquals("70.0%", row.result());
        assertTrue(row.live() && row.selected());
        assertTrue(row.details().contains("lr 0.1 · batch 256"), row.details());
    }

    @Test
    void selectedRunsBecomeOverlaysLabelledByWhatDiffers() {
        finishedRun("0.01", 2, null);
        finishedRun("0.1", 2, null);
        finishedRun("1", 2, null);
        // Run 3 is the live one; the other two are drawn over it.
        assertEquals(List.of("Run 1: lr 0.01", "Run 2: lr 0.1"), labels(runs.overlays()));
        // Legends name each run short and for good; the label says what sets it apart (issue 21).
        assertEquals(List.of("Run 1", "Run 2"), runs.overlays().stream().map(OverlayRun::name).toList());
        // Each run keeps the colour it was first drawn in (run 1 was live, slot 0); the live run 3 takes the next.
        assertEquals(List.of(0, 1), runs.overlays().stream().map(OverlayRun::slot).toList());
        assertEquals(2, runs.liveSlotProperty().get());
        assertEquals("lr 1", runs.liveLabelProperty().get());
        OverlayRun first = runs.overlays().get(0);
        assertEquals(40, first.trainLoss().size());
        assertEquals(List.of(new ChartPoint(1, 0.6), new ChartPoint(2, 0.7)), first.testAccuracy());
        assertEquals(List.of("lr 0.01", "lr 0.1", "lr 1"), runs.rows().stream().map(RunRow::name).toList());

        runs.setSelected(1, false);
        assertEquals(List.of("Run 2: lr 0.1"), labels(runs.overlays()));
        assertFalse(runs.rows().get(0).selected());

        // After Reset no run is live: every selected run is an overlay.
        training.reset();
        assertEquals(List.of("Run 2: lr 0.1", "Run 3: lr 1"), labels(runs.overlays()));
        assertEquals("", runs.liveLabelProperty().get());
    }

    @Test
    void aSingleRunKeepsPlainNamesAndTheLiveRunCannotBeHidden() {
        finishedRun("0.1", 1, null);
        assertTrue(runs.overlays().isEmpty());
        assertEquals("", runs.liveLabelProperty().get());
        runs.setSelected(1, false);
        assertTrue(runs.history().isSelected(runs.history().runs().get(0)), "the live run stays drawn");
    }

    @Test
    void aLearningRateChangedDuringARunIsRecordedWhereTheTrainerMadeIt() {
        training.start();
        runner.started(100);
        runner.batches(1, 30);
        training.drain();
        assertTrue(training.changeLearningRate(0.01));
        // The trainer takes the new rate before batch 31: 30 of 100 batches into epoch 1.
        runner.listener.learningRateChanged(0.30, 0.1, 0.01);
        runner.batches(1, 31, 100);
        training.drain();

        RunRecord run = runs.history().runs().get(0);
        assertEquals(List.of(new LearningRateChange(0.30, 0.1, 0.01)), run.learningRateChanges());
        assertEquals(0.1, run.learningRateAt(0.30));
        assertEquals(0.01, run.learningRateAt(0.35));
        assertEquals(List.of(new ChartMarker(0.30, "lr 0.1 → 0.01", ChartMarker.Kind.LEARNING_RATE, 0)),
                runs.markers());
        assertEquals("run 1", runs.rows().get(0).name(), "alone, a run is not named by its rate");
    }

    @Test
    void noLearningRateChangeWithoutARun() {
        assertFalse(training.changeLearningRate(0.01));
        training.start();
        assertFalse(training.changeLearningRate(-1));
        assertTrue(training.changeLearningRate(0.5));
    }

    @Test
    void trainingFurtherContinuesTheRunOnItsAxisAndRecordsANewRateAtTheJoin() {
        SoftmaxRegression model = SoftmaxRegression.initialized(0.01, 1);
        finishedRun("0.1", 2, model);
        training.settings().textProperty(Field.LEARNING_RATE).set("0.03");
        training.settings().textProperty(Field.EPOCHS).set("1");
        training.start();
        runner.started(100);
        runner.epoch(1, 0.8);
        runner.finished(RunOutcome.Status.COMPLETED, null, model);
        training.drain();

        assertEquals(1, runs.history().runs().size(), "the same run, trained further");
        RunRecord run = runs.history().runs().get(0);
        assertEquals(List.of(new LearningRateChange(2.0, 0.1, 0.03)), run.learningRateChanges());
        assertEquals(3.0, run.epochs().get(2).fractionalEpoch());
        assertEquals(60, run.batchPoints().size());
        assertEquals(3, run.config().epochs(), "a run trained further is as long as its axis");
        String csv = RunsCsv.format(List.of(run));
        assertTrue(csv.startsWith("run,label,epochs,"), csv);
        assertTrue(csv.lines().skip(1).allMatch(row -> row.matches("1,(\"[^\"]*\"|[^,]*),3,.*")),
                "every row says epochs=3:\n" + csv);

        // Another batch size is another experiment: a new run, though the model is trained further.
        training.settings().textProperty(Field.BATCH_SIZE).set("64");
        training.start();
        assertEquals(2, runs.history().runs().size());
    }

    @Test
    void aDivergedRunKeepsItsLastFinitePointAndIsMarkedWhereItFailed() {
        divergedRunAtLearningRate3();

        RunRecord run = runs.history().runs().get(0);
        assertEquals(RunRecord.Status.DIVERGED, run.status());
        assertEquals(1, run.batchPoints().size(), "no sample was due yet; the last finite batch is kept");
        assertEquals(0.02, run.batchPoints().get(0).fractionalEpoch(), 1e-12);
        assertEquals(List.of(new ChartMarker(0.03, "diverged (inf/NaN)", ChartMarker.Kind.DIVERGED, 0)),
                runs.markers());
        assertEquals("diverged", runs.rows().get(0).result());
        assertTrue(runs.rows().get(0).details().contains("batch 3"), runs.rows().get(0).details());
    }

    @Test
    void labelsAndWhyARunEndedAreSaidAgainAfterALanguageSwitch() {
        finishedRun("0.1", 1, null);
        training.reset();
        divergedRunAtLearningRate3();
        assertEquals(List.of("Run 1: lr 0.1"), labels(runs.overlays()));
        assertEquals("lr 3", runs.liveLabelProperty().get());
        try {
            Messages.setLanguage(Language.SIMPLIFIED_CHINESE);
            runs.relocalize();
            assertEquals(List.of("运行 1：学习率 0.1"), labels(runs.overlays()));
            assertEquals("学习率 3", runs.liveLabelProperty().get());
            assertEquals(List.of("学习率 0.1", "学习率 3"), runs.rows().stream().map(RunRow::name).toList());
            String details = runs.rows().get(1).details();
            assertTrue(details.endsWith("\n在第 1 个迭代周期的第 3 个批量发散（损失 = NaN）；请尝试更小的学习率"), details);
        } finally {
            Messages.setLanguage(Language.ENGLISH);
        }
    }

    @Test
    void atMostSixRunsAreDrawnTheOldestDroppedFirst() {
        for (int i = 1; i <= RunsViewModel.MAX_SHOWN + 1; i++) {
            finishedRun(Integer.toString(i), 1, null);
        }
        assertEquals(RunsViewModel.MAX_SHOWN, runs.history().selected().size());
        assertFalse(runs.rows().get(0).selected());
        runs.setSelected(1, true);
        assertTrue(runs.rows().get(0).selected());
        assertFalse(runs.rows().get(1).selected(), "selecting another dropped the oldest drawn");
        assertEquals(RunsViewModel.MAX_SHOWN, runs.history().selected().size());
    }

    @Test
    void exportWritesTheSelectedRunsAndSaysWhere(@TempDir Path dir) throws IOException {
        finishedRun("0.01", 1, null);
        finishedRun("1", 1, null);
        runs.setSelected(1, false);
        Path file = dir.resolve("runs.csv");
        assertEquals("Saved 1 run to runs.csv", runs.export(file));
        List<String> lines = Files.readAllLines(file);
        assertTrue(lines.get(0).startsWith("run,label,epochs,lr"), lines.get(0));
        assertTrue(lines.stream().skip(1).allMatch(line -> line.startsWith("2,")), "only run 2");

        // A folder (not empty) where the file should go: the move into place fails, and it says so.
        String failed = runs.export(dir);
        assertTrue(failed.startsWith("Could not save " + dir.getFileName() + ": "), failed);
    }

    @Test
    void aRenamedRunIsCalledByItsNameOnTheChartsInTheListAndInTheCsv(@TempDir Path dir) throws IOException {
        finishedRun("0.1", 1, null);
        finishedRun("1", 1, null);
        runs.rename(1, "  first try ");
        assertEquals(List.of("Run 1: first try"), labels(runs.overlays()));
        assertEquals("first try", runs.rows().get(0).name());
        Path csv = dir.resolve("runs.csv");
        runs.export(csv);
        assertTrue(Files.readAllLines(csv).get(1).startsWith("1,first try,"), Files.readAllLines(csv).get(1));
        runs.rename(1, " ");
        assertEquals(List.of("Run 1: lr 0.1"), labels(runs.overlays()), "a blank name gives the label back");
    }

    @Test
    void anyRunButTheLiveOneCanBeRemovedAndClearKeepsOnlyTheLiveOne() {
        finishedRun("0.1", 1, null);
        finishedRun("0.3", 1, null);
        finishedRun("1", 1, null);
        assertFalse(runs.canRemove(3), "the live run");
        runs.remove(3);
        assertEquals(3, runs.history().runs().size());
        assertTrue(runs.canRemove(1));
        runs.remove(1);
        assertEquals(List.of(2, 3), runs.history().runs().stream().map(RunRecord::id).toList());
        assertEquals(List.of("Run 2: lr 0.3"), labels(runs.overlays()));

        assertEquals(1, runs.clearableCount());
        runs.clearAllButLive();
        assertEquals(List.of(3), runs.history().runs().stream().map(RunRecord::id).toList());
        assertTrue(runs.overlays().isEmpty());
        assertEquals(0, runs.clearableCount());
        assertEquals("", runs.liveLabelProperty().get(), "alone again: plain series names");
    }
}
