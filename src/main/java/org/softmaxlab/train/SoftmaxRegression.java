package org.softmaxlab.train;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The model: logits = x·W + b for a flattened image x of D values. W and b live in one [D + 1, K]
 * matrix whose last row is b, matching the constant-1 column of {@link DesignMatrix}: a step is two
 * gemms.
 */
public final class SoftmaxRegression extends Model {

    private final INDArray parameters;

    private SoftmaxRegression(ModelSpec spec, INDArray parameters) {
        super(spec);
        this.parameters = parameters;
    }

    /** For Fashion-MNIST ({@link ModelSpec#SOFTMAX}): W drawn from N(0, σ²) and b = 0 (see {@link Model#initialized}). */
    public static SoftmaxRegression initialized(double initStd, long seed) {
        return fresh(ModelSpec.SOFTMAX, initStd, seed);
    }

    /** A model for Fashion-MNIST ({@link ModelSpec#SOFTMAX}) holding a copy of {@code parameters}. */
    public static SoftmaxRegression of(float[] parameters) {
        return holding(ModelSpec.SOFTMAX, parameters);
    }

    /** W drawn from N(0, σ²) and b = 0, sized as {@code spec} says. */
    static SoftmaxRegression fresh(ModelSpec spec, double initStd, long seed) {
        RandomGenerator random = new Well19937c(seed);
        int classes = spec.classes();
        float[] values = new float[spec.features() * classes];
        for (int i = 0; i < spec.inputs() * classes; i++) {
            values[i] = (float) (random.nextGaussian() * initStd);
        }
        return new SoftmaxRegression(spec, Nd4j.create(values, new long[] {spec.features(), classes}, 'c'));
    }

    /** A model holding a copy of the given [(D + 1) × K] parameters, row-major, bias last. */
    static SoftmaxRegression holding(ModelSpec spec, float[] parameters) {
        int expected = spec.features() * spec.classes();
        if (parameters.length != expected) {
            throw new IllegalArgumentException("expected " + expected + " parameters, got " + parameters.length);
        }
        return new SoftmaxRegression(spec, Nd4j.create(parameters.clone(),
                new long[] {spec.features(), spec.classes()}, 'c'));
    }

    /** A copy of the parameters, row-major [(D + 1) × K]: W's D rows, then b. */
    @Override
    public float[] parametersCopy() {
        return parameters.dup().data().asFloat();
    }

    @Override
    public boolean isFinite() {
        return isFinite(parameters);
    }

    @Override
    ModelPass pass(int rows) {
        return new ModelPass() {
            @Override
            public void logits(INDArray inputs, INDArray out) {
                Sgemm.multiply(inputs, parameters, out, false, false, 1.0, 0.0);
            }

            /** W ← W − step · Xᵀ G. */
            @Override
            public void descend(INDArray inputs, INDArray logitGradient, float[] logitGradientHost, double step) {
                Sgemm.multiply(inputs, logitGradient, parameters, true, false, -step, 1.0);
            }
        };
    }
}
