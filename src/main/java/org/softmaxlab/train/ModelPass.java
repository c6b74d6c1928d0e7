package org.softmaxlab.train;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A model's forward and backward pass over batches of one size, with the buffers it needs
 * preallocated. The cross-entropy between the two stays outside, in {@code math.SoftmaxCrossEntropy}.
 */
interface ModelPass {

    /** Writes the logits of {@code inputs} [rows, D + 1] (bias column last) into {@code out} [rows, K]. */
    void logits(INDArray inputs, INDArray out);

    /**
     * One SGD step after {@link #logits} on the same inputs: θ ← θ − step · ∂L/∂θ, where the loss's
     * gradient with respect to the logits is {@code logitGradient} [rows, 10] (also given as a host
     * array, row-major) and step is lr / rows.
     */
    void descend(INDArray inputs, INDArray logitGradient, float[] logitGradientHost, double step);
}
