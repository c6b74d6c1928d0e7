package org.softmaxlab.train;

import java.util.Objects;
import org.softmaxlab.math.LossFormula;

/**
 * Where and why a run stopped being finite, and what to try: e.g. "diverged at epoch 1, batch 3
 * (loss = NaN): exp(o) overflowed float32 (largest logit 120.0 &gt; 88.72), …; use the stable
 * formula or a smaller learning rate".
 *
 * @param epoch        the epoch, from 1
 * @param batch        the batch within it, from 1; 0 when the weights were found broken at the epoch's end
 * @param symptom      what stopped being finite
 * @param cause        what the trainer could tell about why, or {@link Cause#UNKNOWN}
 * @param largestLogit the largest logit of the failing batch (NaN when the weights were the symptom)
 * @param advice       what to try
 */
public record Divergence(int epoch, int batch, Symptom symptom, Cause cause, double largestLogit, Advice advice)
        implements EndReason {

    /** exp(x) overflows float32 above ln(Float.MAX_VALUE) ≈ 88.72. */
    public static final double FLOAT_EXP_LIMIT = Math.log(Float.MAX_VALUE);

    /** Joins where, why and what to try; {0} where, {1} why, {2} advice. */
    public static final String EXPLAINED = "{0}: {1}; {2}";
    /** Joins where and what to try when the cause is unknown; {0} where, {1} advice. */
    public static final String UNEXPLAINED = "{0}; {1}";

    /** What stopped being finite. Patterns: {0} epoch, {1} batch. */
    public enum Symptom {
        LOSS_NAN("diverged at epoch {0,number,integer}, batch {1,number,integer} (loss = NaN)"),
        LOSS_INFINITE("diverged at epoch {0,number,integer}, batch {1,number,integer} (loss = inf)"),
        LOSS_NEGATIVE_INFINITE("diverged at epoch {0,number,integer}, batch {1,number,integer} (loss = -inf)"),
        WEIGHTS("diverged at epoch {0,number,integer}: the weights are no longer finite numbers");

        private final String pattern;

        Symptom(String pattern) {
            this.pattern = pattern;
        }

        /** The English pattern. */
        public String pattern() {
            return pattern;
        }

        /** The symptom of a batch loss sum that is not finite. */
        static Symptom ofLoss(double lossSum) {
            return Double.isNaN(lossSum) ? LOSS_NAN : lossSum > 0 ? LOSS_INFINITE : LOSS_NEGATIVE_INFINITE;
        }
    }

    /** Why, as far as the trainer can tell. Patterns: {0} the largest logit, {1} float32's exp limit. */
    public enum Cause {
        NAIVE_EXP_OVERFLOW("exp(o) overflowed float32 (largest logit {0,number,0.0} > {1,number,0.00}), so softmax "
                + "became inf/inf = NaN; the stable formula subtracts max(o) first"),
        NAIVE_LOG_OF_ZERO("exp(o) underflowed to 0 for a true class, and log(0) = -inf; "
                + "the stable formula computes log-softmax without taking log of 0"),
        LOGITS_OVERFLOW("the logits overflowed float32 because the weights grew too large"),
        /** Nothing more to say than the symptom. */
        UNKNOWN("");

        private final String pattern;

        Cause(String pattern) {
            this.pattern = pattern;
        }

        /** The English pattern; empty for {@link #UNKNOWN}. */
        public String pattern() {
            return pattern;
        }
    }

    /** What to try instead. */
    public enum Advice {
        SMALLER_LEARNING_RATE("try a smaller learning rate"),
        STABLE_FORMULA_OR_SMALLER_LEARNING_RATE("use the stable formula or a smaller learning rate");

        private final String pattern;

        Advice(String pattern) {
            this.pattern = pattern;
        }

        /** The English text. */
        public String pattern() {
            return pattern;
        }
    }

    public Divergence {
        Objects.requireNonNull(symptom, "symptom");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(advice, "advice");
    }

    /**
     * The divergence of a batch whose loss sum is not finite: the cause read from the formula, the
     * largest logit and the sign of the loss.
     */
    static Divergence ofBatch(int epoch, int batch, double lossSum, double largestLogit, LossFormula formula) {
        boolean naive = formula == LossFormula.NAIVE;
        Cause cause;
        if (naive && largestLogit > FLOAT_EXP_LIMIT) {
            cause = Cause.NAIVE_EXP_OVERFLOW;
        } else if (naive && lossSum > 0) {
            cause = Cause.NAIVE_LOG_OF_ZERO;
        } else if (!Double.isFinite(largestLogit)) {
            cause = Cause.LOGITS_OVERFLOW;
        } else {
            cause = Cause.UNKNOWN;
        }
        return new Divergence(epoch, batch, Symptom.ofLoss(lossSum), cause, largestLogit,
                naive ? Advice.STABLE_FORMULA_OR_SMALLER_LEARNING_RATE : Advice.SMALLER_LEARNING_RATE);
    }

    /** The divergence found at the end of {@code epoch}: the weights are no longer finite. */
    static Divergence ofWeights(int epoch) {
        return new Divergence(epoch, 0, Symptom.WEIGHTS, Cause.UNKNOWN, Double.NaN, Advice.SMALLER_LEARNING_RATE);
    }

    @Override
    public String describe() {
        String where = EndReason.english(symptom.pattern(), epoch, batch);
        return cause == Cause.UNKNOWN
                ? EndReason.english(UNEXPLAINED, where, advice.pattern())
                : EndReason.english(EXPLAINED, where, EndReason.english(cause.pattern(), largestLogit, FLOAT_EXP_LIMIT),
                        advice.pattern());
    }
}
