package org.softmaxlab.math;

import java.util.List;

/**
 * Logit vectors that make the numerics lesson's points.
 *
 * @param id        a stable key (resource bundles name it)
 * @param logits    the logits
 * @param trueClass the class whose cross-entropy is shown
 */
public record NumericsPreset(String id, double[] logits, int trueClass) {

    /** Ordinary logits: every formula agrees. */
    public static final NumericsPreset ORDINARY = new NumericsPreset("ordinary", new double[] {1, 2, 3}, 0);
    /** Shifted by 1000: exp overflows everywhere; subtracting the max is exactly what fixes it. */
    public static final NumericsPreset LARGE = new NumericsPreset("large", new double[] {1000, 1001, 1002}, 0);
    /** Wide spread: overflow in one entry and underflow in another. */
    public static final NumericsPreset SPREAD = new NumericsPreset("spread", new double[] {-1000, 0, 1000}, 0);
    /** Just below float32's exp limit (≈ 88.72): still finite. */
    public static final NumericsPreset BELOW_FLOAT_LIMIT = new NumericsPreset("belowLimit", new double[] {88.7, 1, 0}, 1);
    /** Just above it: float32 overflows while float64 does not. */
    public static final NumericsPreset ABOVE_FLOAT_LIMIT = new NumericsPreset("aboveLimit", new double[] {88.8, 1, 0}, 1);

    public static final List<NumericsPreset> ALL = List.of(ORDINARY, LARGE, SPREAD, BELOW_FLOAT_LIMIT, ABOVE_FLOAT_LIMIT);

    public NumericsPreset {
        logits = logits.clone();
    }

    @Override
    public double[] logits() {
        return logits.clone();
    }

    public NumericsComparison compare() {
        return NumericsComparison.of(logits, trueClass);
    }
}
