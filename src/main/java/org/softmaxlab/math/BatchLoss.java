package org.softmaxlab.math;

/**
 * The summed results of one batch through {@link SoftmaxCrossEntropy}.
 *
 * @param lossSum Σ over the batch of −log p_(true class); NaN or infinite when the computation broke
 * @param correct how many rows had the true class among the highest logits
 */
public record BatchLoss(double lossSum, long correct) {

    public boolean isFinite() {
        return Double.isFinite(lossSum);
    }
}
