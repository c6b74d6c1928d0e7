package org.softmaxlab.ui.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.softmaxlab.math.LossFormula;
import org.softmaxlab.run.TrainedModel;
import org.softmaxlab.train.Divergence;
import org.softmaxlab.train.EndReason;
import org.softmaxlab.train.EpochMetrics;
import org.softmaxlab.train.Evaluation;
import org.softmaxlab.train.RunOutcome;
import org.softmaxlab.train.SoftmaxRegression;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.ui.banner.Notice;
import org.softmaxlab.ui.banner.Severity;
import org.softmaxlab.ui.run.SettingsForm.Field;
import org.softmaxlab.ui.tasks.BackgroundTasks;
import org.softmaxlab.ui.status.StatusViewModel;

/** The current model as a file would keep it, and a model opened from a file taking its place. */
class TrainedModelTest {

    private static final TrainConfig FILE_CONFIG = new TrainConfig(4, 0.05, 64, 0.02, 7L, LossFormula.STABLE);
    private static final List<EpochMetrics> FILE_EPOCHS = List.of(
            new EpochMetrics(1, 0.8, 0.7, 0.7, 0.75, 10, 1),
            new EpochMetrics(2, 0.6, 0.8, 0.6, 0.80, 10, 1),
            new EpochMetrics(3, 0.5, 0.82, 0.55, 0.82, 10, 1));

    /** The evaluations' work, handed to the background and run when a test says so. */
    private final List<Runnable> background = new ArrayList<>();
    private final TrainingViewModel vm = new TrainingViewModel(new StatusViewModel(),
            new BackgroundTasks(background::add, Runnable::run));
    private final FakeRunner runner = new FakeRunner();

    /** The {@code index}th evaluation asked for answers {@code result}, as the window's background tasks deliver it. */
    private void answer(int index, Evaluation result) {
        runner.answerEvaluation(index, result);
        background.get(index).run();
    }

    private void run(int epochs, SoftmaxRegression model, RunOutcome.Status status) {
        vm.settings().textProperty(Field.EPOCHS).set(Integer.toString(epochs));
        vm.start();
        runner.started(10);
        for (int e = 1; e <= epochs; e++) {
            runner.epoch(e, 0.7 + e / 100.0);
        }
        runner.finished(status, status == RunOutcome.Status.COMPLETED ? null : new EndReason.Failed("boom"), model);
        vm.drain();
    }

    @Test
    void theHistoryCountsOnOverRunsOfTheSameModel() {
        SoftmaxRegression model = SoftmaxRegression.initialized(0.01, 1);
        vm.dataReady(runner);
        assertNull(vm.trainedModel());
        assertFalse(vm.hasModelProperty().get());

        run(2, model, RunOutcome.Status.COMPLETED);
        vm.settings().textProperty(Field.LEARNING_RATE).set("0.03");
        run(3, model, RunOutcome.Status.COMPLETED);

        TrainedModel trained = vm.trainedModel();
        assertTrue(vm.hasModelProperty().get());
        assertSame(model, trained.model());
        assertEquals(List.of(1, 2, 3, 4, 5), trained.epochs().stream().map(EpochMetrics::epoch).toList());
        assertEquals(0.03, trained.config().learningRate(), "the settings of the last run");
        assertEquals(3, trained.config().epochs());
    }

    @Test
    void noModelWhileARunIsActiveNorAfterResetOrDivergence() {
        SoftmaxRegression model = SoftmaxRegression.initialized(0.01, 1);
        vm.dataReady(runner);
        run(1, model, RunOutcome.Status.COMPLETED);
        vm.start();
        assertFalse(vm.hasModelProperty().get(), "a running model is changing");
        assertNull(vm.trainedModel());
        runner.started(10);
        runner.finished(RunOutcome.Status.DIVERGED, new Divergence(1, 0, Divergence.Symptom.WEIGHTS,
                Divergence.Cause.UNKNOWN, Double.NaN, Divergence.Advice.SMALLER_LEARNING_RATE), null);
        vm.drain();
        assertNull(vm.trainedModel(), "a diverged run drops its model");

        run(1, model, RunOutcome.Status.COMPLETED);
        assertTrue(vm.hasModelProperty().get());
        vm.reset();
        assertFalse(vm.hasModelProperty().get());
    }

    @Test
    void anOpenedModelShowsItsSettingsAndEpochsAndIsTrainedFurther() {
        SoftmaxRegression opened = SoftmaxRegression.of(new float[785 * 10]);
        vm.dataReady(runner);
        assertTrue(vm.openModel(FILE_CONFIG, FILE_EPOCHS, opened));

        assertEquals("4", vm.settings().textProperty(Field.EPOCHS).get());
        assertEquals("0.05", vm.settings().textProperty(Field.LEARNING_RATE).get());
        assertEquals("64", vm.settings().textProperty(Field.BATCH_SIZE).get());
        assertEquals("7", vm.settings().textProperty(Field.SEED).get());
        assertEquals(List.of(new ChartPoint(1, 0.75), new ChartPoint(2, 0.80), new ChartPoint(3, 0.82)),
                vm.testAccuracyPoints());
        assertEquals(new ChartPoint(3, 0.5), vm.trainLossPoints().get(2));
        assertEquals(3, vm.epochAxisEndProperty().get());
        assertArrayEquals(new float[785 * 10], vm.weightsProperty().get());
        assertEquals(FILE_EPOCHS, vm.trainedModel().epochs());
        assertTrue(vm.canResetProperty().get());

        vm.start();
        assertSame(opened, runner.models.get(0), "Start trains the opened model further");
        assertEquals(FILE_CONFIG, runner.configs.get(0));
        assertEquals(3 + 4, vm.epochAxisEndProperty().get(), "the axis goes on from the file's epochs");
        runner.started(10);
        runner.epoch(1, 0.9);
        runner.finished(RunOutcome.Status.COMPLETED, null, opened);
        vm.drain();
        assertEquals(new ChartPoint(4, 0.9), vm.testAccuracyPoints().get(3));
        assertEquals(4, vm.trainedModel().epochs().get(3).epoch());
    }

    @Test
    void noModelIsOpenedWhileARunIsActive() {
        vm.dataReady(runner);
        vm.start();
        assertFalse(vm.openModel(FILE_CONFIG, FILE_EPOCHS, SoftmaxRegression.of(new float[7850])));
        assertEquals("10", vm.settings().textProperty(Field.EPOCHS).get());
        assertTrue(vm.testAccuracyPoints().isEmpty());
    }

    private static Evaluation evaluationOfOneImage() {
        float[] probabilities = new float[10];
        probabilities[3] = 1;
        return new Evaluation(10, new int[] {3}, new int[] {3}, probabilities, 0.0);
    }

    @Test
    void anOpenedModelIsEvaluatedOnTheTestSetForTheInspectionViews() {
        vm.dataReady(runner);
        SoftmaxRegression opened = SoftmaxRegression.of(new float[785 * 10]);
        assertTrue(vm.openModel(FILE_CONFIG, FILE_EPOCHS, opened));
        assertEquals(List.of(opened), runner.evaluated);
        assertNull(vm.evaluationProperty().get(), "nothing shown until the evaluation is there");
        Evaluation result = evaluationOfOneImage();
        answer(0, result);
        assertSame(result, vm.evaluationProperty().get());
    }

    @Test
    void anEvaluationThatFailsInTheBackgroundIsSaidInTheBannerNotOnlyLogged() {
        vm.dataReady(runner);
        assertTrue(vm.openModel(FILE_CONFIG, FILE_EPOCHS, SoftmaxRegression.of(new float[785 * 10])));
        runner.failEvaluation(0, new IllegalStateException("native memory exhausted"));
        background.get(0).run();

        Notice notice = vm.noticeProperty().get();
        assertNotNull(notice, "a failed evaluation reaches a view");
        assertEquals(Severity.ERROR, notice.severity());
        assertEquals("The model could not be evaluated on the test set", notice.title());
        assertTrue(notice.detail().startsWith("IllegalStateException: native memory exhausted. "), notice.detail());
        assertNull(vm.evaluationProperty().get());
    }

    @Test
    void theOpenedModelsEvaluationIsHandedOnOnceItIsThereAndNotAfterTheModelChanged() {
        vm.dataReady(runner);
        List<Evaluation> handedOn = new ArrayList<>();
        SoftmaxRegression opened = SoftmaxRegression.of(new float[785 * 10]);
        assertTrue(vm.openModel(FILE_CONFIG, FILE_EPOCHS, opened, handedOn::add));
        Evaluation result = evaluationOfOneImage();
        answer(0, result);
        assertEquals(List.of(result), handedOn);
        assertEquals(1, runner.evaluated.size(), "evaluated once, for the views and whoever else asks");

        assertTrue(vm.openModel(FILE_CONFIG, FILE_EPOCHS, SoftmaxRegression.of(new float[785 * 10]), handedOn::add));
        vm.start(); // the model changes before its evaluation is there
        answer(1, evaluationOfOneImage());
        assertEquals(List.of(result), handedOn, "an answer about weights no longer current is not handed on");
    }

    @Test
    void aModelOpenedBeforeTheDataIsEvaluatedOnceTheDataIsThere() {
        SoftmaxRegression opened = SoftmaxRegression.of(new float[785 * 10]);
        assertTrue(vm.openModel(FILE_CONFIG, FILE_EPOCHS, opened));
        assertTrue(runner.evaluated.isEmpty());
        vm.dataReady(runner);
        assertEquals(List.of(opened), runner.evaluated);
    }

    @Test
    void aRunStoppedInsideAnEpochIsEvaluatedAgainAndAStaleAnswerIsIgnored() {
        SoftmaxRegression model = SoftmaxRegression.initialized(0.01, 1);
        vm.dataReady(runner);
        vm.start();
        runner.started(10);
        runner.batches(1, 4);
        vm.stop();
        runner.finished(RunOutcome.Status.CANCELLED, new EndReason.Stopped(0, 10), model);
        vm.drain();
        assertEquals(List.of(model), runner.evaluated, "the stopped model's weights differ from any epoch end");

        vm.start(); // trains the same model further before the answer comes
        answer(0, evaluationOfOneImage());
        assertNull(vm.evaluationProperty().get(), "an answer about older weights is dropped");
    }

    @Test
    void aCompletedRunIsNotEvaluatedTwice() {
        SoftmaxRegression model = SoftmaxRegression.initialized(0.01, 1);
        vm.dataReady(runner);
        run(1, model, RunOutcome.Status.COMPLETED);
        assertTrue(runner.evaluated.isEmpty(), "the last epoch's evaluation is of the final weights");
    }
}
