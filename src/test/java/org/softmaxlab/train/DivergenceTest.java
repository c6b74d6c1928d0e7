package org.softmaxlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.softmaxlab.math.LossFormula;

/** What the trainer can tell about a divergence, from the loss, the largest logit and the formula. */
@Tag("locale")
class DivergenceTest {

    @Test
    void theNaiveFormulaPastFloat32sExpLimitIsAnOverflow() {
        Divergence d = Divergence.ofBatch(1, 3, Double.NaN, 120, LossFormula.NAIVE);
        assertEquals(new Divergence(1, 3, Divergence.Symptom.LOSS_NAN, Divergence.Cause.NAIVE_EXP_OVERFLOW, 120,
                Divergence.Advice.STABLE_FORMULA_OR_SMALLER_LEARNING_RATE), d);
        assertEquals("diverged at epoch 1, batch 3 (loss = NaN): exp(o) overflowed float32 (largest logit 120.0 > "
                + "88.72), so softmax became inf/inf = NaN; the stable formula subtracts max(o) first; use the stable "
                + "formula or a smaller learning rate", d.describe());
    }

    @Test
    void theNaiveFormulaBelowTheLimitWithAnInfiniteLossTookLogOfZero() {
        Divergence d = Divergence.ofBatch(2, 40, Double.POSITIVE_INFINITY, 50, LossFormula.NAIVE);
        assertEquals(Divergence.Symptom.LOSS_INFINITE, d.symptom());
        assertEquals(Divergence.Cause.NAIVE_LOG_OF_ZERO, d.cause());
    }

    @Test
    void theStableFormulaFailsOnlyWhenTheLogitsThemselvesOverflow() {
        Divergence overflow = Divergence.ofBatch(1, 7, Double.NaN, Double.POSITIVE_INFINITY, LossFormula.STABLE);
        assertEquals(Divergence.Cause.LOGITS_OVERFLOW, overflow.cause());
        assertEquals(Divergence.Advice.SMALLER_LEARNING_RATE, overflow.advice());
        Divergence unknown = Divergence.ofBatch(1, 1_234, Double.NEGATIVE_INFINITY, 3, LossFormula.STABLE);
        assertEquals("diverged at epoch 1, batch 1,234 (loss = -inf); try a smaller learning rate",
                unknown.describe());
    }

    @Test
    void weightsFoundBrokenAtAnEpochsEndNameOnlyTheEpoch() {
        assertEquals("diverged at epoch 4: the weights are no longer finite numbers; try a smaller learning rate",
                Divergence.ofWeights(4).describe());
    }

    @Test
    void theOtherEndsSayWhatHappenedInEnglish() {
        assertEquals("stopped after 3 of 10 epochs", new EndReason.Stopped(3, 10).describe());
        assertEquals("interrupted after 0 epochs", new EndReason.Interrupted(0).describe());
        assertEquals("training failed: java.lang.OutOfMemoryError: Java heap space",
                EndReason.Failed.of(new OutOfMemoryError("Java heap space")).describe());
    }
}
