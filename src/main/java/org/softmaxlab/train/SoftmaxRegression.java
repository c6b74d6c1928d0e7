package org.softmaxlab.train;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.softmaxlab.data.FashionMnist;
import org.softmaxlab.data.ImageSet;

/**
 * The model: logits = x·W + b for a flattened 28×28 image x. W and b live in one [785, 10] matrix
 * whose last row is b, matching the constant-1 column of {@link DesignMatrix}: a step is two gemms.
 */
public final class SoftmaxRegression extends Model {

    private final INDArray parameters;

    private SoftmaxRegression(INDArray parameters) {
        super(ModelSpec.SOFTMAX);
        this.parameters = parameters;
    }

    /** W drawn from N(0, σ²) and b = 0 (see {@link Model#initialized}). */
    public static SoftmaxRegression initialized(double initStd, long seed) {
        RandomGenerator random = new Well19937c(seed);
        int classes = FashionMnist.CLASS_COUNT;
        float[] values = new float[DesignMatrix.FEATURES * classes];
        for (int i = 0; i < ImageSet.PIXELS * classes; i++) {
            values[i] = (float) (random.nextGaussian() * initStd);
        }
        return new SoftmaxRegression(Nd4j.create(values, new long[] {DesignMatrix.FEATURES, classes}, 'c'));
    }

    /** A model holding a copy of the given [785 × 10] parameters, row-major, bias last. */
    public static SoftmaxRegression of(float[] parameters) {
        int expected = DesignMatrix.FEATURES * FashionMnist.CLASS_COUNT;
        if (parameters.length != expected) {
            throw new IllegalArgumentException("expected " + expected + " parameters, got " + parameters.length);
        }
        return new SoftmaxRegression(Nd4j.create(parameters.clone(),
                new long[] {DesignMatrix.FEATURES, FashionMnist.CLASS_COUNT}, 'c'));
    }

    /** A copy of the parameters, row-major [785 × 10]: W's 784 rows, then b. */
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
