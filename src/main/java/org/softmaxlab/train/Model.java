package org.softmaxlab.train;

import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A classifier the {@link Trainer} trains: its parameters live in ND4J arrays, updated in place.
 * Outside this package a model is a {@link ModelSpec} and a flat parameter array
 * ({@link #parametersCopy()}, laid out as {@link ModelSpec} says).
 */
public abstract sealed class Model permits SoftmaxRegression, Mlp {

    private final ModelSpec spec;

    Model(ModelSpec spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
    }

    /**
     * A fresh model: weights drawn from N(0, σ²) and biases 0, from Commons Math's seeded stream so
     * that the same seed gives the same weights whatever ND4J's own RNG does.
     */
    public static Model initialized(ModelSpec spec, double initStd, long seed) {
        checkValid(spec);
        return spec.isMlp() ? Mlp.fresh(spec, initStd, seed) : SoftmaxRegression.fresh(spec, initStd, seed);
    }

    /** A model holding a copy of {@code parameters}, laid out as {@link ModelSpec} says. */
    public static Model of(ModelSpec spec, float[] parameters) {
        checkValid(spec);
        if (parameters.length != spec.parameterCount()) {
            throw new IllegalArgumentException("expected " + spec.parameterCount() + " parameters for "
                    + spec.describe() + ", got " + parameters.length);
        }
        return spec.isMlp() ? Mlp.holding(spec, parameters) : SoftmaxRegression.holding(spec, parameters);
    }

    private static void checkValid(ModelSpec spec) {
        if (!spec.problems().isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", spec.problems()));
        }
    }

    /** Which model this is. */
    public final ModelSpec spec() {
        return spec;
    }

    /** A copy of every parameter, in the flat layout {@link ModelSpec} describes. */
    public abstract float[] parametersCopy();

    /** Whether every weight and bias is a finite number. */
    public abstract boolean isFinite();

    /**
     * Buffers for forward and backward passes over {@code rows} inputs at a time, so that a training
     * step allocates nothing. A pass belongs to one thread.
     */
    abstract ModelPass pass(int rows);

    /** Whether every element of {@code array} is a finite number. */
    static boolean isFinite(INDArray array) {
        // x − x is 0 for every finite x and NaN for ±inf and NaN, so one reduction checks all.
        return Double.isFinite(array.sub(array).sumNumber().doubleValue());
    }
}
