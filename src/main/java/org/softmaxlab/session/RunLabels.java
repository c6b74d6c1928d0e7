package org.softmaxlab.session;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Names a run by what sets it apart from the runs shown with it: "lr 0.1" next to "lr 1", or "run 2"
 * when nothing does. Labels are plain ASCII so that they survive a CSV opened in any spreadsheet.
 */
final class RunLabels {

    /** The settings a label can name, in the order it names them: the ones a class varies most first. */
    private enum Setting {
        LEARNING_RATE("lr", RunLabels::learningRates),
        BATCH_SIZE("batch", run -> Integer.toString(run.config().batchSize())),
        EPOCHS("epochs", run -> Integer.toString(run.config().epochs())),
        INIT_STD("init std", run -> PlainNumbers.format(run.config().initStd())),
        SEED("seed", run -> Long.toString(run.config().seed())),
        LOSS("loss", run -> run.config().lossFormula().id());

        private final String name;
        private final Function<RunRecord, String> value;

        Setting(String name, Function<RunRecord, String> value) {
            this.name = name;
            this.value = value;
        }
    }

    private RunLabels() {
    }

    static String label(RunRecord run, Collection<RunRecord> others) {
        List<RunRecord> group = new ArrayList<>(others);
        group.removeIf(other -> other == run);
        group.add(run);
        List<Setting> differing = new ArrayList<>();
        for (Setting setting : Setting.values()) {
            if (group.stream().map(setting.value).distinct().count() > 1) {
                differing.add(setting);
            }
        }
        if (differing.isEmpty()) {
            return "run " + run.id();
        }
        String label = differing.stream().map(s -> s.name + " " + s.value.apply(run)).collect(Collectors.joining(", "));
        // Two runs alike in everything that differs elsewhere would share a label; the number tells them apart.
        boolean twin = group.stream().anyMatch(other -> other != run
                && differing.stream().allMatch(s -> s.value.apply(other).equals(s.value.apply(run))));
        return twin ? label + " (run " + run.id() + ")" : label;
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
