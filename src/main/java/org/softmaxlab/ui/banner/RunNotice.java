package org.softmaxlab.ui.banner;

import java.util.Objects;
import org.softmaxlab.train.EpochMetrics;
import org.softmaxlab.train.RunOutcome;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.ReadableNumber;

/**
 * What the banner says after a run: what happened and what to try.
 *
 * @param severity              INFO for a finished or stopped run, ERROR for divergence or failure
 * @param title                 one line, what happened
 * @param detail                the explanation; for divergence and failure the trainer's reason
 * @param suggestedLearningRate a learning rate worth trying instead, or null
 */
public record RunNotice(Severity severity, String title, String detail, Double suggestedLearningRate) {

    /** How loud the banner is. */
    public enum Severity { INFO, ERROR }

    public RunNotice {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
    }

    /** The notice for {@code outcome} of a run with {@code config}. */
    public static RunNotice forOutcome(RunOutcome outcome, TrainConfig config) {
        int done = outcome.epochs().size();
        EpochMetrics last = outcome.lastEpoch();
        return switch (outcome.status()) {
            case COMPLETED -> new RunNotice(Severity.INFO,
                    Messages.format("notice.completed.title", done),
                    last == null ? "" : Messages.format("notice.completed.detail", last.testAccuracy(),
                            ReadableNumber.of(last.trainLoss(), 3)), null);
            case CANCELLED -> new RunNotice(Severity.INFO,
                    Messages.format("notice.cancelled.title", done, config.epochs()),
                    Messages.get("notice.cancelled.detail"), null);
            case DIVERGED -> new RunNotice(Severity.ERROR,
                    Messages.get("notice.diverged.title"),
                    Messages.format("notice.diverged.detail", EndReasonText.of(outcome.reason())),
                    config.learningRate() / 10);
            case FAILED -> new RunNotice(Severity.ERROR,
                    Messages.get("notice.failed.title"),
                    Messages.format("notice.failed.detail", EndReasonText.of(outcome.reason())), null);
        };
    }
}
