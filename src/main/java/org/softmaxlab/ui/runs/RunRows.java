package org.softmaxlab.ui.runs;

import java.util.List;
import org.softmaxlab.session.RunHistory;
import org.softmaxlab.session.RunRecord;
import org.softmaxlab.train.EpochMetrics;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.ReadableNumber;
import org.softmaxlab.ui.run.EndReasonText;
import org.softmaxlab.ui.run.SettingsForm;

/** Turns the session's runs into the lines of the run list. */
final class RunRows {

    private RunRows() {
    }

    /** The row of {@code run}, named among all {@code runs} of the session, drawn in {@code slot} (or -1). */
    static RunRow of(RunRecord run, List<RunRecord> runs, boolean selected, boolean live, int slot) {
        return of(run, runs, selected, live, slot, org.softmaxlab.run.RunPhase.RUNNING);
    }

    /**
     * As above; {@code livePhase} says whether the live run trains, waits (paused, or between two
     * steps) or is stopping after its current batch.
     */
    static RunRow of(RunRecord run, List<RunRecord> runs, boolean selected, boolean live, int slot,
                     org.softmaxlab.run.RunPhase livePhase) {
        return new RunRow(run.id(), RunLabelText.of(RunHistory.label(run, runs)),
                result(run, live ? livePhase : org.softmaxlab.run.RunPhase.RUNNING), details(run), selected, live, slot);
    }

    private static String result(RunRecord run, org.softmaxlab.run.RunPhase phase) {
        String accuracy = run.finalMetrics().map(m -> Messages.format("runs.accuracy", m.testAccuracy()))
                .orElse("");
        return switch (run.status()) {
            case RUNNING -> Messages.format(switch (phase) {
                case PAUSED -> "runs.status.paused";
                case STOPPING -> "runs.status.stopping";
                default -> "runs.status.running";
            }, accuracy);
            case COMPLETED -> accuracy;
            case CANCELLED -> Messages.format("runs.status.cancelled", accuracy);
            case DIVERGED -> Messages.get("runs.status.diverged");
            case FAILED -> Messages.get("runs.status.failed");
        };
    }

    private static String details(RunRecord run) {
        TrainConfig c = run.config();
        StringBuilder text = new StringBuilder(Messages.format("runs.details.settings", run.id(),
                rates(run), c.batchSize(), SettingsForm.formatDecimal(c.initStd()), Long.toString(c.seed()),
                Messages.get("settings.loss." + c.lossFormula().id()), run.epochs().size()));
        text.append('\n').append(Messages.format("runs.details.dataset", run.dataset().name()));
        run.finalMetrics().ifPresent(m -> text.append('\n').append(metrics(m)));
        run.reason().ifPresent(reason -> text.append('\n').append(EndReasonText.of(reason)));
        return text.toString();
    }

    private static String metrics(EpochMetrics m) {
        return Messages.format("runs.details.metrics", m.testAccuracy(), ReadableNumber.of(m.trainLoss(), 3),
                m.trainAccuracy());
    }

    /** "0.1", or "0.1 → 0.01" for a run whose rate was changed. */
    private static String rates(RunRecord run) {
        StringBuilder rates = new StringBuilder(SettingsForm.formatDecimal(run.config().learningRate()));
        run.learningRateChanges().forEach(change -> rates.append(" → ").append(SettingsForm.formatDecimal(change.to())));
        return rates.toString();
    }
}
