package org.softmaxlab.math;

import java.util.Objects;

/**
 * How a special value of the numerics lesson arose: a code and the numbers its explanation names.
 * Structured rather than a sentence so that the window can say it in the language the user reads.
 *
 * @param code     what happened
 * @param logit    the exponent the explanation names: o for {@link Code#OVERFLOW} and
 *                 {@link Code#UNDERFLOW_ZERO}, o − max(o) for {@link Code#SHIFTED_UNDERFLOW_ZERO};
 *                 NaN otherwise
 * @param expLimit the precision's exp limit for the overflow codes, NaN otherwise (so that reasons
 *                 naming no limit are equal across precisions, and the lesson can say them once)
 */
public record NumericReason(Code code, double logit, double expLimit) {

    /** What happened to make a value special. */
    public enum Code {
        /** An ordinary number: nothing to explain. */
        NONE,
        /** Some exp(o) overflowed to inf (o above the exp limit), and inf / inf = NaN. */
        OVERFLOW_NAN,
        /** Every exp(o) underflowed to 0, and 0 / 0 = NaN. */
        UNDERFLOW_NAN,
        /** A NaN carried through from an earlier step. */
        NAN_PROPAGATED,
        /** Σ exp(o) overflowed to inf, and a finite number / inf = 0. */
        SUM_OVERFLOW_ZERO,
        /** exp(o) underflowed to 0 in the naive formula. */
        UNDERFLOW_ZERO,
        /** exp(o − m) underflowed to 0: harmless as long as no log is taken of it. */
        SHIFTED_UNDERFLOW_ZERO,
        /** The probability underflowed to 0, and log(0) = −inf. */
        LOG_OF_ZERO,
        /** exp(o) overflowed: o is above the exp limit. */
        OVERFLOW,
        /** The cross-entropy is −log(0) = inf, the probability having underflowed to 0. */
        MINUS_LOG_OF_ZERO
    }

    /** The reason of an ordinary number. */
    public static final NumericReason NONE = of(Code.NONE);

    public NumericReason {
        Objects.requireNonNull(code, "code");
    }

    /** A reason that names no number. */
    public static NumericReason of(Code code) {
        return new NumericReason(code, Double.NaN, Double.NaN);
    }

    /** Whether there is anything to explain. */
    public boolean isPresent() {
        return code != Code.NONE;
    }
}
