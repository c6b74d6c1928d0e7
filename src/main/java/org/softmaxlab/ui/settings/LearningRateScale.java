package org.softmaxlab.ui.settings;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * The learning rate's log scale: a slider position p stands for 10^p, so each decade gets the same
 * room, and the presets a class is likely to try.
 */
public final class LearningRateScale {

    /** The presets, the d2l value 0.1 in the middle. */
    public static final List<Double> PRESETS = List.of(0.01, 0.03, 0.1, 0.3, 1.0);
    /** Slider minimum: 10⁻⁴. */
    public static final double MIN_EXPONENT = -4;
    /** Slider maximum: 10¹, far enough to watch training diverge. */
    public static final double MAX_EXPONENT = 1;

    private LearningRateScale() {
    }

    /** The slider position of {@code learningRate}, clamped to the slider's range. */
    public static double toPosition(double learningRate) {
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            return MIN_EXPONENT;
        }
        return Math.max(MIN_EXPONENT, Math.min(MAX_EXPONENT, Math.log10(learningRate)));
    }

    /** The learning rate at slider position {@code position}, rounded to 2 significant digits. */
    public static double fromPosition(double position) {
        return new BigDecimal(Math.pow(10, position)).round(new MathContext(2)).doubleValue();
    }

    /** The preset equal to {@code learningRate}, or -1. */
    public static int presetIndex(double learningRate) {
        for (int i = 0; i < PRESETS.size(); i++) {
            if (Math.abs(PRESETS.get(i) - learningRate) <= 1e-12 * PRESETS.get(i)) {
                return i;
            }
        }
        return -1;
    }
}
