package org.softmaxlab.train;

import java.nio.FloatBuffer;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinear;
import org.nd4j.linalg.factory.Nd4j;

/**
 * d2l's concise MLP: logits = relu(x·W₁ + b₁)·W₂ + b₂. W₁ and b₁ share one [D + 1, H] matrix whose last
 * row is b₁, matching the constant-1 column of {@link DesignMatrix}, so the hidden layer is one gemm;
 * W₂ is [H, K] and b₂ [1, K] (D values per image, K classes: 784 and 10 for Fashion-MNIST). A step is five gemms (two forward, three backward) into buffers
 * allocated once per batch size.
 */
public final class Mlp extends Model {

    private final int hidden;
    private final int classes;
    private final INDArray hiddenWeights;
    private final INDArray outputWeights;
    private final INDArray outputBias;

    private Mlp(ModelSpec spec, INDArray hiddenWeights, INDArray outputWeights, INDArray outputBias) {
        super(spec);
        this.hidden = spec.hidden();
        this.classes = spec.classes();
        this.hiddenWeights = hiddenWeights;
        this.outputWeights = outputWeights;
        this.outputBias = outputBias;
    }

    /** W₁ then W₂ drawn from N(0, σ²), both biases 0 (see {@link Model#initialized}). */
    static Mlp fresh(ModelSpec spec, double initStd, long seed) {
        RandomGenerator random = new Well19937c(seed);
        int hidden = spec.hidden();
        float[] parameters = new float[spec.parameterCount()];
        int hiddenWeightCount = spec.inputs() * hidden;
        for (int i = 0; i < hiddenWeightCount; i++) {
            parameters[i] = (float) (random.nextGaussian() * initStd);
        }
        int outputStart = spec.features() * hidden;
        for (int i = outputStart; i < outputStart + hidden * spec.classes(); i++) {
            parameters[i] = (float) (random.nextGaussian() * initStd);
        }
        return holding(spec, parameters);
    }

    /** A model holding a copy of {@code parameters} in the flat layout of {@link ModelSpec}. */
    static Mlp holding(ModelSpec spec, float[] parameters) {
        int hidden = spec.hidden();
        int outputStart = spec.features() * hidden;
        int biasStart = outputStart + hidden * spec.classes();
        return new Mlp(spec,
                matrix(parameters, 0, spec.features(), hidden),
                matrix(parameters, outputStart, hidden, spec.classes()),
                matrix(parameters, biasStart, 1, spec.classes()));
    }

    private static INDArray matrix(float[] values, int from, int rows, int columns) {
        float[] part = new float[rows * columns];
        System.arraycopy(values, from, part, 0, part.length);
        return Nd4j.create(part, new long[] {rows, columns}, 'c');
    }

    /** The hidden units H. */
    public int hidden() {
        return hidden;
    }

    @Override
    public float[] parametersCopy() {
        float[] parameters = new float[spec().parameterCount()];
        int at = 0;
        for (INDArray part : new INDArray[] {hiddenWeights, outputWeights, outputBias}) {
            int length = (int) part.length();
            HostAccess.read(part).get(0, parameters, at, length);
            at += length;
        }
        return parameters;
    }

    @Override
    public boolean isFinite() {
        return isFinite(hiddenWeights) && isFinite(outputWeights) && isFinite(outputBias);
    }

    @Override
    ModelPass pass(int rows) {
        return new Pass(rows);
    }

    /** The activations of one batch size, and their gradient (allocated on the first step). */
    private final class Pass implements ModelPass {
        private final int rows;
        private final INDArray activations;
        private INDArray activationGradient;
        private float[] activationsHost;
        private float[] activationGradientHost;
        private final float[] biasGradient = new float[classes];

        Pass(int rows) {
            this.rows = rows;
            this.activations = Nd4j.create(DataType.FLOAT, rows, hidden);
        }

        /** A = relu(X·W₁), then logits = A·W₂ + b₂. */
        @Override
        public void logits(INDArray inputs, INDArray out) {
            Sgemm.multiply(inputs, hiddenWeights, activations, false, false, 1.0, 0.0);
            Nd4j.exec(new RectifiedLinear(activations, activations));
            Sgemm.multiply(activations, outputWeights, out, false, false, 1.0, 0.0);
            out.addiRowVector(outputBias);
        }

        /**
         * Backpropagation with G = ∂L/∂logits: ∂L/∂A = G·W₂ᵀ (taken before W₂ moves), W₂ −= step·AᵀG,
         * b₂ −= step·Σ rows of G, then ∂L/∂Z = ∂L/∂A where A &gt; 0 (else 0) and W₁ −= step·Xᵀ ∂L/∂Z,
         * which also updates b₁ through the bias column of X.
         */
        @Override
        public void descend(INDArray inputs, INDArray logitGradient, float[] logitGradientHost, double step) {
            if (activationGradient == null) {
                activationGradient = Nd4j.create(DataType.FLOAT, rows, hidden);
                activationsHost = new float[rows * hidden];
                activationGradientHost = new float[rows * hidden];
            }
            Sgemm.multiply(logitGradient, outputWeights, activationGradient, false, true, 1.0, 0.0);
            Sgemm.multiply(activations, logitGradient, outputWeights, true, false, -step, 1.0);
            descendOutputBias(logitGradientHost, step);
            maskByActivation();
            Sgemm.multiply(inputs, activationGradient, hiddenWeights, true, false, -step, 1.0);
        }

        private void descendOutputBias(float[] gradient, double step) {
            java.util.Arrays.fill(biasGradient, 0f);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < classes; c++) {
                    biasGradient[c] += gradient[r * classes + c];
                }
            }
            FloatBuffer bias = HostAccess.write(outputBias);
            for (int c = 0; c < classes; c++) {
                bias.put(c, (float) (bias.get(c) - step * biasGradient[c]));
            }
            HostAccess.written(outputBias);
        }

        /** relu′: the gradient passes where the unit was active, and is 0 where relu clipped it. */
        private void maskByActivation() {
            HostAccess.read(activations).get(0, activationsHost);
            FloatBuffer gradient = HostAccess.write(activationGradient);
            gradient.get(0, activationGradientHost);
            for (int i = 0; i < activationsHost.length; i++) {
                if (!(activationsHost[i] > 0f)) {
                    activationGradientHost[i] = 0f;
                }
            }
            gradient.put(0, activationGradientHost);
            HostAccess.written(activationGradient);
        }
    }
}
