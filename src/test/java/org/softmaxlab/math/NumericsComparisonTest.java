package org.softmaxlab.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.softmaxlab.math.NumericValue.Kind.FINITE;
import static org.softmaxlab.math.NumericValue.Kind.NAN;
import static org.softmaxlab.math.NumericValue.Kind.NEGATIVE_INFINITY;
import static org.softmaxlab.math.NumericValue.Kind.POSITIVE_INFINITY;
import static org.softmaxlab.math.NumericValue.Kind.ZERO;
import static org.softmaxlab.math.Precision.FLOAT32;
import static org.softmaxlab.math.Precision.FLOAT64;
import static org.softmaxlab.math.SoftmaxVariant.NAIVE_LOG_SOFTMAX;
import static org.softmaxlab.math.SoftmaxVariant.NAIVE_SOFTMAX;
import static org.softmaxlab.math.SoftmaxVariant.STABLE_LOG_SOFTMAX;
import static org.softmaxlab.math.SoftmaxVariant.STABLE_SOFTMAX;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.softmaxlab.math.NumericReason.Code;
import org.softmaxlab.math.NumericValue.Kind;

/** Pins where each preset's naive and stable results are finite and where they break. */
class NumericsComparisonTest {

    private static void assertKinds(NumericsComparison c, Precision p, SoftmaxVariant v, Kind... kinds) {
        for (int i = 0; i < kinds.length; i++) {
            NumericValue value = c.value(p, v, i);
            assertEquals(kinds[i], value.kind(), p + " " + v + "[" + i + "] = " + value.value());
            assertEquals(kinds[i] != FINITE, value.reason().isPresent(), "a reason exactly where special: " + value);
        }
    }

    /** Where each variant breaks on the presets made to break it: the same in float32 and in float64. */
    @ParameterizedTest
    @MethodSource("breakingPresets")
    void eachVariantBreaksWhereItShould(NumericsPreset preset, Map<SoftmaxVariant, Kind[]> byVariant) {
        assertEquals(SoftmaxVariant.values().length, byVariant.size(), "every variant is named");
        NumericsComparison c = preset.compare();
        for (Precision p : Precision.values()) {
            byVariant.forEach((v, kinds) -> assertKinds(c, p, v, kinds));
        }
    }

    static Stream<Arguments> breakingPresets() {
        Kind[] finite = {FINITE, FINITE, FINITE};
        return Stream.of(
                arguments(NumericsPreset.LARGE, Map.of(NAIVE_SOFTMAX, kinds(NAN, NAN, NAN),
                        NAIVE_LOG_SOFTMAX, kinds(NAN, NAN, NAN), STABLE_SOFTMAX, finite, STABLE_LOG_SOFTMAX, finite)),
                arguments(NumericsPreset.SPREAD, Map.of(NAIVE_SOFTMAX, kinds(ZERO, ZERO, NAN),
                        NAIVE_LOG_SOFTMAX, kinds(NEGATIVE_INFINITY, NEGATIVE_INFINITY, NAN),
                        STABLE_SOFTMAX, kinds(ZERO, ZERO, FINITE), STABLE_LOG_SOFTMAX, finite)));
    }

    private static Kind[] kinds(Kind... kinds) {
        return kinds;
    }

    @Test
    void ordinaryLogitsAgreeEverywhere() {
        NumericsComparison c = NumericsPreset.ORDINARY.compare();
        for (Precision p : Precision.values()) {
            for (SoftmaxVariant v : SoftmaxVariant.values()) {
                assertKinds(c, p, v, FINITE, FINITE, FINITE);
            }
            double expected = Math.log(Math.exp(1) + Math.exp(2) + Math.exp(3)) - 1;
            assertEquals(expected, c.crossEntropy(p, LossFormula.NAIVE).value(), 1e-6);
            assertEquals(expected, c.crossEntropy(p, LossFormula.STABLE).value(), 1e-6);
        }
    }

    @Test
    void largeLogitsOverflowTheNaiveFormInBothPrecisions() {
        NumericsComparison c = NumericsPreset.LARGE.compare();
        for (Precision p : Precision.values()) {
            assertEquals(NAN, c.crossEntropy(p, LossFormula.NAIVE).kind());
            assertEquals(2.4076, c.crossEntropy(p, LossFormula.STABLE).value(), 1e-4);
        }
        // The limit is named, so float32's and float64's overflow are two different reasons.
        assertEquals(new NumericReason(Code.OVERFLOW_NAN, Double.NaN, FLOAT32.expLimit()),
                c.value(FLOAT32, NAIVE_SOFTMAX, 0).reason());
        assertEquals(new NumericReason(Code.OVERFLOW_NAN, Double.NaN, FLOAT64.expLimit()),
                c.value(FLOAT64, NAIVE_LOG_SOFTMAX, 2).reason());
        assertEquals(c.value(FLOAT32, NAIVE_SOFTMAX, 0).reason(), c.crossEntropy(FLOAT32, LossFormula.NAIVE).reason(),
                "a NaN loss has the NaN log-probability's reason");
    }

    @Test
    void spreadLogitsOverflowAndUnderflowAtOnce() {
        NumericsComparison c = NumericsPreset.SPREAD.compare();
        for (Precision p : Precision.values()) {
            assertEquals(POSITIVE_INFINITY, c.crossEntropy(p, LossFormula.NAIVE).kind());
            assertEquals(2000, c.crossEntropy(p, LossFormula.STABLE).value(), 1e-3);
            assertEquals(-1000, c.value(p, STABLE_LOG_SOFTMAX, 1).value(), 1e-3);
            // exp(−1000 − 1000) underflows: the reason names the shifted exponent, and no limit.
            assertEquals(new NumericReason(Code.SHIFTED_UNDERFLOW_ZERO, -2000, Double.NaN),
                    c.value(p, STABLE_SOFTMAX, 0).reason());
            assertEquals(NumericReason.of(Code.SUM_OVERFLOW_ZERO), c.value(p, NAIVE_SOFTMAX, 1).reason());
            assertEquals(NumericReason.of(Code.LOG_OF_ZERO), c.value(p, NAIVE_LOG_SOFTMAX, 0).reason());
            assertEquals(NumericReason.of(Code.MINUS_LOG_OF_ZERO), c.crossEntropy(p, LossFormula.NAIVE).reason());
            assertEquals(NumericReason.NONE, c.crossEntropy(p, LossFormula.STABLE).reason());
        }
    }

    @Test
    void float32ExpLimitSitsBetweenTheTwoLimitPresets() {
        assertEquals(88.72, FLOAT32.expLimit(), 0.01);
        NumericsComparison below = NumericsPreset.BELOW_FLOAT_LIMIT.compare();
        NumericsComparison above = NumericsPreset.ABOVE_FLOAT_LIMIT.compare();
        for (SoftmaxVariant v : SoftmaxVariant.values()) {
            assertKinds(below, FLOAT32, v, FINITE, FINITE, FINITE);
            assertKinds(above, FLOAT64, v, FINITE, FINITE, FINITE);
        }
        assertKinds(above, FLOAT32, NAIVE_SOFTMAX, NAN, ZERO, ZERO);
        assertKinds(above, FLOAT32, NAIVE_LOG_SOFTMAX, NAN, NEGATIVE_INFINITY, NEGATIVE_INFINITY);
        assertEquals(POSITIVE_INFINITY, above.crossEntropy(FLOAT32, LossFormula.NAIVE).kind());
        assertEquals(87.8, above.crossEntropy(FLOAT32, LossFormula.STABLE).value(), 1e-3);
        assertEquals(87.7, below.crossEntropy(FLOAT32, LossFormula.NAIVE).value(), 1e-2);
        assertFalse(above.crossEntropy(FLOAT64, LossFormula.NAIVE).isSpecial());
    }

    @Test
    void rejectsInputItCannotShow() {
        assertThrows(IllegalArgumentException.class, () -> NumericsComparison.of(new double[0], 0));
        assertThrows(IllegalArgumentException.class, () -> NumericsComparison.of(new double[11], 0));
        assertThrows(IllegalArgumentException.class, () -> NumericsComparison.of(new double[] {1, Double.NaN}, 0));
        assertThrows(IllegalArgumentException.class, () -> NumericsComparison.of(new double[] {1, 2}, 2));
    }
}
