package org.softmaxlab.ui.run;

import org.softmaxlab.train.EpochMetrics;
import org.softmaxlab.train.RunOutcome;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.ReadableNumber;
import org.softmaxlab.ui.banner.Notice;
import org.softmaxlab.ui.banner.Severity;

/** What the training tab's banner says after a run: what happened and what to try. */
public final class OutcomeNotice {

    private OutcomeNotice() {
    }

    /**
     * The notice for {@code outcome} of a run with {@code config} that trained a model which had
     * {@code epochsBefore} epochs already: INFO for a finished or stopped run, ERROR (with the
     * trainer's reason) for divergence or failure. Epochs are counted over the model's whole life,
     * as the chart's axis and the run list count them.
     */
    public static Notice of(RunOutcome outcome, TrainConfig config, int epochsBefore) {
        return of(outcome, config, epochsBefore, 0);
    }

    /**
     * As above, for a run that went on from a stop after {@code earlierEpochs} of its epochs: its
     * outcome lists only the epochs trained since, and the notice counts them all.
     */
    public static Notice of(RunOutcome outcome, TrainConfig config, int epochsBefore, int earlierEpochs) {
        int done = epochsBefore + earlierEpochs + outcome.epochs().size();
        EpochMetrics last = outcome.lastEpoch();
        return switch (outcome.status()) {
            case COMPLETED -> new Notice(Severity.INFO,
                    Messages.format("notice.completed.title", done),
                    last == null ? "" : Messages.format("notice.completed.detail", last.testAccuracy(),
                            ReadableNumber.of(last.trainLoss(), 3)));
            case CANCELLED -> new Notice(Severity.INFO,
                    Messages.format("notice.cancelled.title", done, epochsBefore + config.epochs()),
                    Messages.get("notice.cancelled.detail"));
            case DIVERGED -> new Notice(Severity.ERROR,
                    Messages.get("notice.diverged.title"),
                    Messages.format("notice.diverged.detail", EndReasonText.of(outcome.reason())),
                    config.learningRate() / 10);
            case FAILED -> new Notice(Severity.ERROR,
                    Messages.get("notice.failed.title"),
                    Messages.format("notice.failed.detail", EndReasonText.of(outcome.reason())));
        };
    }
}
