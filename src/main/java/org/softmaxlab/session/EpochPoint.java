package org.softmaxlab.session;

import java.util.Objects;
import org.softmaxlab.train.EpochMetrics;

/**
 * The metrics of one finished epoch, at its place on the run's epoch axis. The place is kept apart from
 * {@link EpochMetrics#epoch()} because that restarts at 1 each time a model is trained further.
 *
 * @param fractionalEpoch where the epoch ended on the run's axis (2.0 for the second epoch of a fresh run)
 * @param metrics         what the epoch achieved
 */
public record EpochPoint(double fractionalEpoch, EpochMetrics metrics) {

    public EpochPoint {
        Objects.requireNonNull(metrics, "metrics");
    }
}
