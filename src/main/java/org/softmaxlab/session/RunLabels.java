package org.softmaxlab.session;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.softmaxlab.session.RunLabel.Setting;

/**
 * Names a run by what sets it apart from the runs shown with it: "lr 0.1" next to "lr 1", or "run 2"
 * when nothing does. Their {@link RunLabel#text() text} is plain ASCII so that it survives a CSV opened
 * in any spreadsheet.
 */
final class RunLabels {

    private RunLabels() {
    }

    static RunLabel label(RunRecord run, Collection<RunRecord> others) {
        if (!run.name().isEmpty()) {
            return RunLabel.named(run.name(), run.id());
        }
        List<RunRecord> group = new ArrayList<>(others);
        group.removeIf(other -> other == run);
        group.add(run);
        List<Setting> differing = new ArrayList<>();
        for (Setting setting : Setting.values()) {
            if (group.stream().map(other -> value(setting, other)).distinct().count() > 1) {
                differing.add(setting);
            }
        }
        if (differing.isEmpty()) {
            return new RunLabel(List.of(), run.id(), true);
        }
        List<RunLabel.Part> parts = differing.stream().map(s -> new RunLabel.Part(s, value(s, run))).toList();
        // Two runs alike in everything that differs elsewhere would share a label; the number tells them apart.
        boolean twin = group.stream().anyMatch(other -> other != run
                && differing.stream().allMatch(s -> value(s, other).equals(value(s, run))));
        return new RunLabel(parts, run.id(), twin);
    }

    /** {@code run}'s value of {@code setting} as a label writes it. */
    private static String value(Setting setting, RunRecord run) {
        return switch (setting) {
            case DATASET -> run.dataset().name();
            case MODEL -> run.config().model().isMlp() ? "mlp " + run.config().model().hidden() : "softmax";
            case LEARNING_RATE -> learningRates(run);
            case BATCH_SIZE -> Integer.toString(run.config().batchSize());
            case EPOCHS -> Integer.toString(run.config().epochs());
            case INIT_STD -> PlainNumbers.format(run.config().initStd());
            case SEED -> Long.toString(run.config().seed());
            case LOSS -> run.config().lossFormula().id();
        };
    }

    /** "0.1", or "0.1->0.01" for a run whose rate was changed: then it is a different experiment. */
    private static String learningRates(RunRecord run) {
        StringBuilder rates = new StringBuilder(PlainNumbers.format(run.config().learningRate()));
        for (LearningRateChange change : run.learningRateChanges()) {
            rates.append("->").append(PlainNumbers.format(change.to()));
        }
        return rates.toString();
    }
}
