package org.softmaxlab.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.softmaxlab.testing.FashionModels;
import org.softmaxlab.train.ModelSpec;
import org.softmaxlab.data.Dataset;
import org.softmaxlab.data.MnistFamily;
import org.softmaxlab.testing.RealData;
import org.softmaxlab.train.Evaluation;
import org.softmaxlab.train.Nd4jRuntime;
import org.softmaxlab.train.RunOutcome;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.train.Trainer;
import org.softmaxlab.train.TrainingControl;
import org.softmaxlab.train.TrainingData;
import org.softmaxlab.train.TrainingListener;

/** The evidence maps add up to the logits whose softmax the gallery shows, on real test images. */
@Timeout(120)
class EvidenceTest {

    @Test
    void evidenceSumsPlusBiasAreTheLogitsOfTheProbabilitiesShown() {
        Nd4jRuntime.configureThreads(1);
        Dataset real = RealData.load().head(6000, 300);
        TrainingData data = TrainingData.of(real);
        RunOutcome run = new Trainer(data).run(TrainConfig.DEFAULTS.withEpochs(2), TrainingListener.NONE,
                new TrainingControl());
        float[] parameters = run.model().parametersCopy();
        var evaluation = new Trainer(data).evaluateTest(run.model());
        float[] pixels = new float[784];
        for (int i = 0; i < 300; i++) {
            real.test().copyScaledRow(i, pixels, 0);
            int predicted = evaluation.prediction(i);
            int truth = real.test().label(i);
            Evidence e = Evidence.of(FashionModels.spec(parameters), parameters, pixels, predicted, truth);
            for (int c : new int[] {predicted, truth}) {
                assertEquals(e.logit(c), e.evidenceSum(c) + e.bias(c), 1e-4, "image " + i + ", class " + c);
                assertEquals(evaluation.probability(i, c), e.probability(c), 1e-5, "the gallery's probability");
            }
            double difference = 0;
            for (float v : e.difference()) {
                difference += v;
            }
            assertEquals(e.evidenceSum(predicted) - e.evidenceSum(truth), difference, 1e-4);
            ModelSpec model = FashionModels.spec(parameters);
            assertEquals(predicted, Evidence.bestTwo(model, parameters, pixels)[0], "image " + i);
            // "Why" weighs a mistake against the true class, a correct prediction against the runner-up.
            int against = Evidence.against(model, parameters, pixels, predicted, truth);
            assertEquals(predicted == truth ? Evidence.bestTwo(model, parameters, pixels)[1] : truth, against, "image " + i);
            org.junit.jupiter.api.Assertions.assertNotEquals(predicted, against, "image " + i + " weighed against itself");
        }
    }

    /**
     * The run trains on after an epoch's evaluation: the evaluation keeps the parameters it was made
     * with, so a gallery detail opened mid-run explains the tile's prediction, not the newer weights'.
     */
    @Test
    void anEpochsEvaluationKeepsTheParametersThatMadeItWhileTheRunTrainsOn() {
        Nd4jRuntime.configureThreads(1);
        Dataset real = RealData.load().head(3000, 200);
        java.util.List<Evaluation> epochs = new java.util.ArrayList<>();
        TrainingListener listener = new TrainingListener() {
            @Override
            public void epochFinished(org.softmaxlab.train.EpochMetrics metrics, Evaluation evaluation) {
                epochs.add(evaluation);
            }
        };
        RunOutcome run = new Trainer(TrainingData.of(real)).run(TrainConfig.DEFAULTS.withEpochs(2), listener,
                new TrainingControl());
        Evaluation first = epochs.get(0);
        float[] kept = first.parametersCopy();
        assertFalse(java.util.Arrays.equals(kept, run.model().parametersCopy()), "the run trained on");
        org.junit.jupiter.api.Assertions.assertArrayEquals(run.model().parametersCopy(),
                epochs.get(1).parametersCopy());
        float[] pixels = new float[784];
        for (int i = 0; i < 200; i++) {
            real.test().copyScaledRow(i, pixels, 0);
            assertEquals(first.prediction(i), Evidence.bestTwo(FashionModels.spec(kept), kept, pixels)[0], "image " + i);
        }
    }

    @Test
    void theMlpHasNoEvidenceMaps() {
        assertFalse(Evidence.isLinear(ModelSpec.mlp(256)));
        assertThrows(IllegalArgumentException.class,
                () -> Evidence.of(ModelSpec.mlp(4), new float[ModelSpec.mlp(4).parameterCount()], new float[784], 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Evidence.of(ModelSpec.SOFTMAX, new float[100], new float[784], 0, 1));
    }
}
