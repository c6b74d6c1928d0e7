package org.softmaxlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.softmaxlab.data.ImageShape;
import org.softmaxlab.data.Dataset;
import org.softmaxlab.data.MnistFamily;
import org.softmaxlab.data.ImageSet;
import org.softmaxlab.math.Softmax;
import org.softmaxlab.testing.RealData;
import org.softmaxlab.testing.RecordingListener;
import org.softmaxlab.testing.SyntheticData;

/** d2l's MLP through the one trainer: its backward pass, its step, and the same run behaviour as softmax regression. */
@Timeout(180)
class MlpTest {

    private static final int HIDDEN = 6;
    private static final ModelSpec SPEC = ModelSpec.mlp(HIDDEN);
    private static TrainingData realSlice;

    @BeforeAll
    static void setUp() {
        Nd4jRuntime.configureThreads(1);
        realSlice = TrainingData.of(RealData.load().head(3000, 500));
    }

    private static TrainConfig oneFullBatch(int images, double lr) {
        return TrainConfig.DEFAULTS.withModel(SPEC).withEpochs(1).withBatchSize(images).withLearningRate(lr)
                .withInitStd(0.1);
    }

    @Test
    void theLayoutIsTwoLayersEachWithItsBiasRowLast() {
        assertEquals(785 * 256 + 257 * 10, ModelSpec.mlp(256).parameterCount());
        assertEquals(7850, ModelSpec.SOFTMAX.parameterCount());
        assertEquals(785 * 256, ModelSpec.mlp(256).layerOffset(1));
        Model model = Model.initialized(SPEC, 0.01, 3);
        float[] p = model.parametersCopy();
        assertEquals(SPEC.parameterCount(), p.length);
        for (int j = 0; j < HIDDEN; j++) {
            assertEquals(0f, p[784 * HIDDEN + j], "b₁ starts at 0");
        }
        for (int c = 0; c < 10; c++) {
            assertEquals(0f, p[785 * HIDDEN + HIDDEN * 10 + c], "b₂ starts at 0");
        }
        assertNotEquals(0f, p[785 * HIDDEN], "W₂ is drawn too");
        assertArrayEquals(p, Model.of(SPEC, p).parametersCopy());
    }

    @Test
    void oneStepIsMinusLearningRateTimesTheBackpropagatedGradientOfEveryParameter() {
        Dataset tiny = SyntheticData.dataset(8, 8, 5);
        double lr = 0.5;
        TrainConfig config = oneFullBatch(8, lr);
        Model model = Model.initialized(SPEC, config.initStd(), config.seed());
        float[] before = model.parametersCopy();
        new Trainer(TrainingData.of(tiny)).run(config, model, TrainingListener.NONE, new TrainingControl());
        float[] after = model.parametersCopy();

        // One full batch: the shuffle does not change the mean loss, so θ_new − θ = −lr ∇(mean loss).
        double[] gradient = new MlpReference(HIDDEN, before).gradient(tiny.train());
        double worst = 0;
        int changed = 0;
        for (int i = 0; i < before.length; i++) {
            worst = Math.max(worst, Math.abs((after[i] - before[i]) / -lr - gradient[i]));
            changed += after[i] != before[i] ? 1 : 0;
            if (gradient[i] == 0) {
                assertEquals(before[i], after[i], "parameter " + i + " has no gradient (a unit relu clipped for "
                        + "every image) and must not move");
            }
        }
        assertTrue(worst < 2e-5, "largest difference from the reference gradient: " + worst);
        assertTrue(changed > before.length / 2, "a step moves most parameters: " + changed);
    }

    @Test
    void theBackwardPassAgreesWithFiniteDifferencesOfTheLoss() {
        ImageSet images = SyntheticData.images(5, 9);
        float[] parameters = Model.initialized(SPEC, 0.1, 8).parametersCopy();
        MlpReference reference = new MlpReference(HIDDEN, parameters);
        double[] gradient = reference.gradient(images);
        int outputs = 785 * HIDDEN;
        int[] probes = {0, 3, 400 * HIDDEN + 2, 784 * HIDDEN + 1, 784 * HIDDEN + 5,
                outputs, outputs + 2 * 10 + 7, outputs + HIDDEN * 10, outputs + HIDDEN * 10 + 9};
        double h = 1e-4;
        for (int index : probes) {
            double numeric = (reference.moved(index, h).meanLoss(images) - reference.moved(index, -h).meanLoss(images))
                    / (2 * h);
            assertEquals(numeric, gradient[index], 1e-6 + 1e-4 * Math.abs(numeric), "gradient of parameter " + index);
        }
    }

    @Test
    void aDeadHiddenUnitAndItsOutputWeightsDoNotMove() {
        Dataset tiny = SyntheticData.dataset(16, 8, 2);
        TrainConfig config = oneFullBatch(16, 0.5);
        float[] parameters = Model.initialized(SPEC, 0.1, 4).parametersCopy();
        int dead = 3;
        parameters[784 * HIDDEN + dead] = -1000f; // b₁ of unit 3: relu clips it for every image
        Model model = Model.of(SPEC, parameters);
        new Trainer(TrainingData.of(tiny)).run(config, model, TrainingListener.NONE, new TrainingControl());
        float[] after = model.parametersCopy();
        for (int p = 0; p <= 784; p++) {
            assertEquals(parameters[p * HIDDEN + dead], after[p * HIDDEN + dead], "W₁ column of the dead unit, row " + p);
        }
        for (int c = 0; c < 10; c++) {
            int w2 = 785 * HIDDEN + dead * 10 + c;
            assertEquals(parameters[w2], after[w2], "W₂ row of the dead unit, class " + c);
        }
        assertNotEquals(parameters[784 * HIDDEN], after[784 * HIDDEN], "a live unit's bias moves");
    }

    @Test
    void theEvaluationIsTheReferenceForwardPass() {
        Model model = Model.initialized(SPEC, 0.1, 12);
        Evaluation evaluation = new Trainer(realSlice).evaluateTest(model);
        MlpReference reference = new MlpReference(HIDDEN, model.parametersCopy());
        ImageSet test = realSlice.source().test();
        float[] x = new float[ImageShape.MNIST.values()];
        for (int i = 0; i < 50; i++) {
            test.copyScaledRow(i, x, 0);
            double[] p = Softmax.stable(reference.logits(x));
            for (int c = 0; c < 10; c++) {
                assertEquals(p[c], evaluation.probability(i, c), 1e-5, "image " + i + ", class " + c);
            }
        }
        assertEquals(reference.meanLoss(test), evaluation.loss(), 1e-5);
    }

    @Test
    void sameSeedGivesTheSameRunAndAnotherSeedDoesNot() {
        TrainConfig config = TrainConfig.DEFAULTS.withModel(ModelSpec.mlp(32)).withEpochs(2);
        Trainer trainer = new Trainer(realSlice);
        RunOutcome a = trainer.run(config, TrainingListener.NONE, new TrainingControl());
        RunOutcome b = trainer.run(config, TrainingListener.NONE, new TrainingControl());
        RunOutcome c = trainer.run(config.withSeed(7), TrainingListener.NONE, new TrainingControl());
        assertEquals(RunOutcome.Status.COMPLETED, a.status());
        for (int e = 0; e < 2; e++) {
            assertEquals(a.epochs().get(e).trainLoss(), b.epochs().get(e).trainLoss());
            assertEquals(a.epochs().get(e).testAccuracy(), b.epochs().get(e).testAccuracy());
        }
        assertArrayEquals(a.model().parametersCopy(), b.model().parametersCopy());
        assertNotEquals(a.epochs().get(1).trainLoss(), c.epochs().get(1).trainLoss());
        assertTrue(a.epochs().get(1).trainLoss() < a.epochs().get(0).trainLoss(), "it learns");
    }

    @Test
    void weightSnapshotsAndEventsAreTheSameAsForSoftmaxRegression() {
        RecordingListener events = new RecordingListener();
        List<float[]> snapshots = new ArrayList<>();
        TrainingControl control = new TrainingControl();
        control.requestWeights();
        TrainingListener listener = Listeners.of(List.of(events, new TrainingListener() {
            @Override
            public void weightsSnapshot(BatchProgress at, float[] parameters) {
                snapshots.add(parameters);
            }
        }));
        TrainConfig config = TrainConfig.DEFAULTS.withModel(SPEC).withEpochs(1).withBatchSize(1000);
        RunOutcome outcome = new Trainer(realSlice).run(config, listener, control);
        assertEquals(RunOutcome.Status.COMPLETED, outcome.status());
        assertEquals(3, events.batches.size());
        assertEquals(1, events.epochs.size());
        assertEquals(500, events.evaluations.peek().size());
        assertEquals(1, snapshots.size());
        assertEquals(SPEC.parameterCount(), snapshots.get(0).length);
        assertEquals(SPEC, outcome.model().spec());
    }

    @Test
    void aHugeLearningRateDivergesAndACancelledRunStops() {
        RunOutcome diverged = new Trainer(realSlice).run(TrainConfig.DEFAULTS.withModel(SPEC).withLearningRate(1e30),
                TrainingListener.NONE, new TrainingControl());
        assertEquals(RunOutcome.Status.DIVERGED, diverged.status());
        assertTrue(diverged.message().startsWith("diverged at epoch 1"), diverged.message());

        TrainingControl control = new TrainingControl();
        control.cancel();
        RunOutcome cancelled = new Trainer(realSlice).run(TrainConfig.DEFAULTS.withModel(SPEC), TrainingListener.NONE,
                control);
        assertEquals(RunOutcome.Status.CANCELLED, cancelled.status());
    }

    @Test
    void aModelIsTrainedOnlyWithSettingsForIt() {
        Model softmax = Model.initialized(ModelSpec.SOFTMAX, 0.01, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Trainer(realSlice)
                .run(TrainConfig.DEFAULTS.withModel(SPEC), softmax, TrainingListener.NONE, new TrainingControl()));
        assertEquals("the settings are for MLP (6 hidden) but the model to train is softmax regression; start a "
                + "fresh model instead", e.getMessage());
    }

    @Test
    void hiddenUnitsAreValidatedWithTheRangeAndTheBooksValue() {
        assertEquals(List.of("hidden units must be between 1 and 4,096 (was 0); d2l uses 256"),
                TrainConfig.DEFAULTS.withModel(ModelSpec.mlp(0)).problems());
        assertEquals(List.of("hidden units must be between 1 and 4,096 (was 5000); d2l uses 256"),
                ModelSpec.mlp(5000).problems());
        assertTrue(ModelSpec.mlp(1).problems().isEmpty());
        assertEquals(ModelSpec.SOFTMAX, TrainConfig.DEFAULTS.model());
        assertEquals(ModelSpec.Kind.MLP, ModelSpec.Kind.fromId("MLP"));
        assertThrows(IllegalArgumentException.class, () -> Model.initialized(ModelSpec.mlp(-1), 0.01, 1));
    }
}
