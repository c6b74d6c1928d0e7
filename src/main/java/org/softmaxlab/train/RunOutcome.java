package org.softmaxlab.train;

import java.util.List;
import java.util.Objects;

/**
 * How a run ended.
 *
 * @param status  completed, cancelled, diverged or failed
 * @param reason  null when completed; otherwise what happened and what to try
 * @param epochs  the metrics of every finished epoch
 * @param cause   the exception behind a failure, or null
 * @param model   the model as the run left it (after a divergence its weights may not be finite)
 * @param stopPoint where a stopped run can go on from (only when cancelled between two batches), or null
 */
public record RunOutcome(Status status, EndReason reason, List<EpochMetrics> epochs, Throwable cause,
                         Model model, StopPoint stopPoint) {

    /** The ways a run ends. */
    public enum Status { COMPLETED, CANCELLED, DIVERGED, FAILED }

    public RunOutcome {
        Objects.requireNonNull(status, "status");
        epochs = List.copyOf(epochs);
    }

    /** An outcome with nothing to go on from. */
    public RunOutcome(Status status, EndReason reason, List<EpochMetrics> epochs, Throwable cause, Model model) {
        this(status, reason, epochs, cause, model, null);
    }

    /** The reason in English ({@link EndReason#describe()}), for the command line and logs; null when completed. */
    public String message() {
        return reason == null ? null : reason.describe();
    }

    /** The last finished epoch's metrics, or null if none finished. */
    public EpochMetrics lastEpoch() {
        return epochs.isEmpty() ? null : epochs.get(epochs.size() - 1);
    }
}
