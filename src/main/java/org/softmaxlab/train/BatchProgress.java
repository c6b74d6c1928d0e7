package org.softmaxlab.train;

/**
 * The state after one SGD step. Running values are means over the epoch's batches so far, as
 * d2l's {@code train_epoch_ch3} accumulates them.
 *
 * @param epoch           1-based epoch
 * @param batch           1-based batch within the epoch
 * @param batchesPerEpoch batches in an epoch
 * @param runningLoss     mean cross-entropy over the epoch's images so far
 * @param runningAccuracy fraction correct over the epoch's images so far
 * @param imagesSeen      images trained on in this run so far
 * @param elapsedNanos    training time in this run so far (pauses excluded)
 */
public record BatchProgress(int epoch, int batch, int batchesPerEpoch, double runningLoss, double runningAccuracy,
                            long imagesSeen, long elapsedNanos) {

    /** Position on the epoch axis: 0.5 is halfway through epoch 1, 1.0 its end. */
    public double fractionalEpoch() {
        return epoch - 1 + (double) batch / batchesPerEpoch;
    }
}
