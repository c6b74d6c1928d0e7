package org.softmaxlab.train;

/**
 * What one epoch achieved.
 *
 * @param epoch        1-based epoch
 * @param trainLoss    mean cross-entropy over the epoch's training images (weights changing meanwhile)
 * @param trainAccuracy fraction of the epoch's training images classified right when seen
 * @param testLoss     mean cross-entropy on the test set after the epoch
 * @param testAccuracy fraction of test images classified right after the epoch
 * @param trainMillis  wall time of the training pass
 * @param evalMillis   wall time of the test evaluation
 */
public record EpochMetrics(int epoch, double trainLoss, double trainAccuracy, double testLoss, double testAccuracy,
                           double trainMillis, double evalMillis) {
}
