package org.softmaxlab.session;

/**
 * One point of a run's training curves, taken as the run goes.
 *
 * @param fractionalEpoch position on the run's epoch axis: 0.5 is halfway through the first epoch; it keeps
 *                        growing when a run is trained further
 * @param trainLoss       running mean cross-entropy of the epoch so far
 * @param trainAccuracy   running fraction of the epoch's images classified right so far
 */
public record BatchPoint(double fractionalEpoch, double trainLoss, double trainAccuracy) {
}
