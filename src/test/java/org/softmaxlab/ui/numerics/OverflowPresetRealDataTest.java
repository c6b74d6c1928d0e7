package org.softmaxlab.ui.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.softmaxlab.math.LossFormula;
import org.softmaxlab.testing.RealData;
import org.softmaxlab.train.Divergence;
import org.softmaxlab.train.EpochMetrics;
import org.softmaxlab.train.RunOutcome;
import org.softmaxlab.train.Trainer;
import org.softmaxlab.train.TrainingControl;
import org.softmaxlab.train.TrainingData;
import org.softmaxlab.train.TrainingListener;
import org.softmaxlab.ui.TestData;

/**
 * The overflow demo's settings on the real Fashion-MNIST. The full training set, not the tests'
 * usual 6,000-image subset: the subset diverges too, at the same batch, but by underflow
 * (log(0) = −inf) rather than the overflow the demo is about, which the last test pins down.
 * Cheap all the same: the naive run dies within three batches, the stable one takes ≈ 0.6 s.
 */
@Tag("slow")
class OverflowPresetRealDataTest {

    private static TrainingData full;

    @BeforeAll
    static void load() {
        full = TrainingData.of(RealData.load());
    }

    private static RunOutcome train(TrainingData data, LossFormula formula) {
        return new Trainer(data).run(OverflowDemo.NAIVE.withLossFormula(formula), TrainingListener.NONE,
                new TrainingControl());
    }

    @Test
    void theNaiveFormulaOverflowsFloat32AtEpoch1Batch3() {
        RunOutcome naive = train(full, LossFormula.NAIVE);
        assertEquals(RunOutcome.Status.DIVERGED, naive.status());
        assertTrue(naive.message().startsWith("diverged at epoch 1, batch 3 (loss = NaN): exp(o) overflowed float32 "
                + "(largest logit "), naive.message());
        assertTrue(naive.message().contains("> 88.72)"), naive.message());
        Divergence why = (Divergence) naive.reason();
        assertEquals(List.of(1, 3, Divergence.Symptom.LOSS_NAN, Divergence.Cause.NAIVE_EXP_OVERFLOW,
                Divergence.Advice.STABLE_FORMULA_OR_SMALLER_LEARNING_RATE),
                List.of(why.epoch(), why.batch(), why.symptom(), why.cause(), why.advice()));
        assertTrue(why.largestLogit() > Divergence.FLOAT_EXP_LIMIT, why.toString());
        assertTrue(naive.epochs().isEmpty());
    }

    @Test
    void theStableFormulaTrainsOnWithTheSameSettingsAndSeed() {
        RunOutcome stable = train(full, LossFormula.STABLE);
        assertEquals(RunOutcome.Status.COMPLETED, stable.status(), stable.message());
        for (EpochMetrics epoch : stable.epochs()) {
            assertTrue(Double.isFinite(epoch.trainLoss()) && Double.isFinite(epoch.testLoss()), epoch.toString());
        }
        double accuracy = stable.lastEpoch().testAccuracy();
        // Measured: 69.7% after 2 epochs (lr 3 is far too large for good accuracy, but nothing breaks).
        assertTrue(accuracy > 0.6 && accuracy < 0.8, "test accuracy " + accuracy);
    }

    @Test
    void theTestSubsetFailsByUnderflowInsteadWhichIsWhyThisTestUsesTheFullSet() throws Exception {
        RunOutcome naive = train(TrainingData.of(TestData.subset()), LossFormula.NAIVE);
        assertEquals(RunOutcome.Status.DIVERGED, naive.status());
        assertTrue(naive.message().startsWith("diverged at epoch 1, batch 3 (loss = inf): exp(o) underflowed to 0"),
                naive.message());
        assertEquals(Divergence.Cause.NAIVE_LOG_OF_ZERO, ((Divergence) naive.reason()).cause());
    }
}
