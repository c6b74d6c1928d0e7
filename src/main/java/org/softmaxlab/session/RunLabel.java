package org.softmaxlab.session;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A short name for a run among the runs shown with it: the settings that set it apart, or its number
 * when none does. Kept as parts so that the window can name the settings in its language;
 * {@link #text()} is the plain ASCII form that a CSV file keeps, whatever the window speaks (a name the
 * user gave a run is kept as typed).
 *
 * @param parts    the settings that differ, in {@link Setting} order, each with this run's value;
 *                 empty when none differs
 * @param runId    the run's number
 * @param numbered whether the number is part of the name: when no setting differs, or when another
 *                 run is alike in every setting that does
 * @param name     the name the user gave the run, or empty; a named run is called only that
 */
public record RunLabel(List<Part> parts, int runId, boolean numbered, String name) {

    /**
     * The settings a label can name, in the order it names them: the data set first (runs of several data
     * sets share the run list), then the ones a class varies most.
     */
    public enum Setting {
        DATASET("data"), MODEL("model"), LEARNING_RATE("lr"), BATCH_SIZE("batch"), EPOCHS("epochs"), INIT_STD("init std"), SEED("seed"), LOSS("loss");

        private final String englishName;

        Setting(String englishName) {
            this.englishName = englishName;
        }

        /** The short name in {@link #text()}: "lr", "init std". */
        public String englishName() {
            return englishName;
        }
    }

    /**
     * One setting that differs, with this run's value as plain text: a number ("0.1", or "0.1->0.01" for
     * a learning rate changed during the run), for {@link Setting#LOSS} the formula's id, for
     * {@link Setting#MODEL} "softmax" or "mlp H", for {@link Setting#DATASET} the data set's name.
     */
    public record Part(Setting setting, String value) {

        public Part {
            Objects.requireNonNull(setting, "setting");
            Objects.requireNonNull(value, "value");
        }
    }

    public RunLabel {
        parts = List.copyOf(parts);
        Objects.requireNonNull(name, "name");
        if (parts.isEmpty() && !numbered && name.isEmpty()) {
            throw new IllegalArgumentException("a label without settings is the run's number");
        }
    }

    /** A label by settings (or by number), without a name of the user's. */
    public RunLabel(List<Part> parts, int runId, boolean numbered) {
        this(parts, runId, numbered, "");
    }

    /** The label of a run the user named {@code name}. */
    public static RunLabel named(String name, int runId) {
        return new RunLabel(List.of(), runId, false, name);
    }

    /** "lr 0.1, batch 64", "lr 0.1 (run 2)", "run 3", or the user's name for the run. */
    public String text() {
        if (!name.isEmpty()) {
            return name;
        }
        if (parts.isEmpty()) {
            return "run " + runId;
        }
        String settings = parts.stream().map(p -> p.setting().englishName() + " " + p.value())
                .collect(Collectors.joining(", "));
        return numbered ? settings + " (run " + runId + ")" : settings;
    }

    @Override
    public String toString() {
        return text();
    }
}
