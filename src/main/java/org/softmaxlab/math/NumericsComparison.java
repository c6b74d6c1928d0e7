package org.softmaxlab.math;

import java.util.EnumMap;
import java.util.Map;

/**
 * The numerics lesson for one logit vector: each {@link SoftmaxVariant} in each {@link Precision},
 * and the cross-entropy each formula gives for a chosen true class, with every inf, NaN and
 * underflowed 0 explained. Computed by {@link Softmax}, the same code the trainer runs.
 */
public final class NumericsComparison {

    /** At most this many logits, one per Fashion-MNIST class. */
    public static final int MAX_LOGITS = 10;

    private final double[] logits;
    private final int trueClass;
    private final Map<Precision, Map<SoftmaxVariant, NumericValue[]>> values = new EnumMap<>(Precision.class);
    private final Map<Precision, Map<LossFormula, NumericValue>> losses = new EnumMap<>(Precision.class);

    private NumericsComparison(double[] logits, int trueClass) {
        this.logits = logits.clone();
        this.trueClass = trueClass;
        for (Precision precision : Precision.values()) {
            Map<SoftmaxVariant, double[]> raw = compute(precision);
            Map<SoftmaxVariant, NumericValue[]> explained = new EnumMap<>(SoftmaxVariant.class);
            raw.forEach((variant, v) -> explained.put(variant, explain(precision, variant, v)));
            values.put(precision, explained);
            Map<LossFormula, NumericValue> loss = new EnumMap<>(LossFormula.class);
            loss.put(LossFormula.NAIVE, lossValue(explained.get(SoftmaxVariant.NAIVE_LOG_SOFTMAX)[trueClass]));
            loss.put(LossFormula.STABLE, lossValue(explained.get(SoftmaxVariant.STABLE_LOG_SOFTMAX)[trueClass]));
            losses.put(precision, loss);
        }
    }

    /**
     * @param logits    1 to {@link #MAX_LOGITS} finite numbers
     * @param trueClass index of the true class within {@code logits}
     */
    public static NumericsComparison of(double[] logits, int trueClass) {
        if (logits.length < 1 || logits.length > MAX_LOGITS) {
            throw new IllegalArgumentException("give 1 to " + MAX_LOGITS + " logits (got " + logits.length + ")");
        }
        for (double o : logits) {
            if (!Double.isFinite(o)) {
                throw new IllegalArgumentException("logits must be finite numbers (got " + o + ")");
            }
        }
        if (trueClass < 0 || trueClass >= logits.length) {
            throw new IllegalArgumentException("the true class must be one of the " + logits.length + " logits");
        }
        return new NumericsComparison(logits, trueClass);
    }

    public int size() {
        return logits.length;
    }

    public double logit(int i) {
        return logits[i];
    }

    public int trueClass() {
        return trueClass;
    }

    /** Entry {@code i} of a variant in a precision. */
    public NumericValue value(Precision precision, SoftmaxVariant variant, int i) {
        return values.get(precision).get(variant)[i];
    }

    /** The cross-entropy −log p_(true class) that a formula gives in a precision. */
    public NumericValue crossEntropy(Precision precision, LossFormula formula) {
        return losses.get(precision).get(formula);
    }

    private Map<SoftmaxVariant, double[]> compute(Precision precision) {
        Map<SoftmaxVariant, double[]> out = new EnumMap<>(SoftmaxVariant.class);
        if (precision == Precision.FLOAT64) {
            out.put(SoftmaxVariant.NAIVE_SOFTMAX, Softmax.naive(logits));
            out.put(SoftmaxVariant.STABLE_SOFTMAX, Softmax.stable(logits));
            out.put(SoftmaxVariant.NAIVE_LOG_SOFTMAX, Softmax.naiveLog(logits));
            out.put(SoftmaxVariant.STABLE_LOG_SOFTMAX, Softmax.stableLog(logits));
        } else {
            float[] o = new float[logits.length];
            for (int i = 0; i < o.length; i++) {
                o[i] = (float) logits[i];
            }
            out.put(SoftmaxVariant.NAIVE_SOFTMAX, widen(Softmax.naive(o)));
            out.put(SoftmaxVariant.STABLE_SOFTMAX, widen(Softmax.stable(o)));
            out.put(SoftmaxVariant.NAIVE_LOG_SOFTMAX, widen(Softmax.naiveLog(o)));
            out.put(SoftmaxVariant.STABLE_LOG_SOFTMAX, widen(Softmax.stableLog(o)));
        }
        return out;
    }

    private NumericValue[] explain(Precision precision, SoftmaxVariant variant, double[] v) {
        double limit = precision.expLimit();
        double max = Double.NEGATIVE_INFINITY;
        boolean anyOverflow = false;
        boolean allUnderflow = true;
        for (double o : logits) {
            max = Math.max(max, o);
            anyOverflow |= o > limit;
            allUnderflow &= expUnderflows(precision, o);
        }
        NumericValue[] out = new NumericValue[v.length];
        for (int i = 0; i < v.length; i++) {
            NumericValue.Kind kind = NumericValue.kindOf(v[i]);
            if (kind == NumericValue.Kind.ZERO && variant.isLogarithmic()) {
                kind = NumericValue.Kind.FINITE; // log p = 0 is p = 1, a true value; only p = 0 is a symptom
            }
            out[i] = new NumericValue(v[i], kind, reason(precision, variant, kind, logits[i], max, anyOverflow,
                    allUnderflow));
        }
        return out;
    }

    private static NumericReason reason(Precision precision, SoftmaxVariant variant, NumericValue.Kind kind,
                                        double o, double max, boolean anyOverflow, boolean allUnderflow) {
        double limit = precision.expLimit();
        boolean naive = variant.formula() == LossFormula.NAIVE;
        return switch (kind) {
            case FINITE -> NumericReason.NONE;
            case NAN -> naive && anyOverflow
                    ? new NumericReason(NumericReason.Code.OVERFLOW_NAN, Double.NaN, limit)
                    : NumericReason.of(naive && allUnderflow ? NumericReason.Code.UNDERFLOW_NAN
                    : NumericReason.Code.NAN_PROPAGATED);
            case ZERO -> naive && anyOverflow
                    ? NumericReason.of(NumericReason.Code.SUM_OVERFLOW_ZERO)
                    : naive ? new NumericReason(NumericReason.Code.UNDERFLOW_ZERO, o, Double.NaN)
                    : new NumericReason(NumericReason.Code.SHIFTED_UNDERFLOW_ZERO, o - max, Double.NaN);
            case NEGATIVE_INFINITY -> NumericReason.of(NumericReason.Code.LOG_OF_ZERO);
            case POSITIVE_INFINITY -> new NumericReason(NumericReason.Code.OVERFLOW, o, limit);
        };
    }

    private static boolean expUnderflows(Precision precision, double o) {
        return precision == Precision.FLOAT32 ? (float) Math.exp((float) o) == 0f : Math.exp(o) == 0;
    }

    private static NumericValue lossValue(NumericValue logProbability) {
        double loss = -logProbability.value();
        NumericValue.Kind kind = NumericValue.kindOf(loss);
        // −loss = +inf only where log p = −inf, which is always LOG_OF_ZERO: the loss says it with −log(0).
        NumericReason reason = switch (kind) {
            case POSITIVE_INFINITY -> NumericReason.of(NumericReason.Code.MINUS_LOG_OF_ZERO);
            case NAN -> logProbability.reason();
            default -> NumericReason.NONE;
        };
        return new NumericValue(loss, kind == NumericValue.Kind.ZERO ? NumericValue.Kind.FINITE : kind, reason);
    }

    private static double[] widen(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
