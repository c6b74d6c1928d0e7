package org.softmaxlab.session;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import org.softmaxlab.math.LossFormula;
import org.softmaxlab.train.ModelSpec;
import org.softmaxlab.train.Pace;
import org.softmaxlab.train.TrainConfig;

/**
 * {@link Settings} as {@code .properties} text and back. Reading is forgiving per setting: a missing
 * key means its default (an older file), an unknown key is skipped (a newer app's), and an invalid
 * value means its default plus a line saying what was ignored.
 */
final class SettingsProperties {

    static final String FORMAT = "format";
    static final String EPOCHS = "train.epochs";
    static final String LEARNING_RATE = "train.learning_rate";
    static final String BATCH_SIZE = "train.batch_size";
    static final String INIT_STD = "train.init_std";
    static final String SEED = "train.seed";
    static final String LOSS = "train.loss";
    static final String MODEL = "train.model";
    static final String HIDDEN = "train.hidden";
    static final String PACE = "run.pace";
    static final String DATA_FOLDER = "data.folder";
    /** The data set in use ({@code data.set.0}) and the recent ones ({@code data.set.1} …). */
    static final String DATASET_PREFIX = "data.set.";
    /** Where the drawing pad saves drawn data sets. */
    static final String DRAWINGS_FOLDER = "draw.folder";
    static final String THEME = "ui.theme";
    static final String LANGUAGE = "ui.language";
    static final String PRESENTATION_MODE = "ui.presentation_mode";
    static final String WINDOW_X = "window.x";
    static final String WINDOW_Y = "window.y";
    static final String WINDOW_WIDTH = "window.width";
    static final String WINDOW_HEIGHT = "window.height";

    private static final List<String> KEYS = List.of(FORMAT, EPOCHS, LEARNING_RATE, BATCH_SIZE, INIT_STD, SEED,
            LOSS, MODEL, HIDDEN, PACE, DATA_FOLDER, DRAWINGS_FOLDER, THEME, LANGUAGE, PRESENTATION_MODE, WINDOW_X, WINDOW_Y, WINDOW_WIDTH, WINDOW_HEIGHT);
    private static final List<String> WINDOW_KEYS = List.of(WINDOW_X, WINDOW_Y, WINDOW_WIDTH, WINDOW_HEIGHT);

    /** Settings read back, and one line per value that was ignored (empty when none was). */
    record Decoded(Settings settings, List<String> ignored) {
    }

    private final Properties properties;
    private final List<String> ignored = new ArrayList<>();
    private Settings settings = Settings.DEFAULTS;

    private SettingsProperties(Properties properties) {
        this.properties = properties;
    }

    /** Whether {@code properties} holds at least one SoftmaxLab setting, i.e. looks like a settings file at all. */
    static boolean hasAnySetting(Properties properties) {
        return KEYS.stream().anyMatch(properties::containsKey)
                || properties.stringPropertyNames().stream().anyMatch(k -> k.startsWith(DATASET_PREFIX));
    }

    /** The file's text: ASCII only (other characters as \\uXXXX, as {@code Properties} reads them), fixed order. */
    static String format(Settings settings) {
        TrainConfig c = settings.trainConfig();
        StringBuilder text = new StringBuilder("# SoftmaxLab settings, written by the app. A value it cannot use\n"
                + "# is reset to its default when read, and this file kept as settings.properties.bad.\n");
        append(text, FORMAT, "1");
        append(text, EPOCHS, Integer.toString(c.epochs()));
        append(text, LEARNING_RATE, Double.toString(c.learningRate()));
        append(text, BATCH_SIZE, Integer.toString(c.batchSize()));
        append(text, INIT_STD, Double.toString(c.initStd()));
        append(text, SEED, Long.toString(c.seed()));
        append(text, LOSS, c.lossFormula().id());
        append(text, MODEL, c.model().kind().id());
        if (c.model().isMlp()) {
            append(text, HIDDEN, Integer.toString(c.model().hidden()));
        }
        append(text, PACE, paceText(settings.pace()));
        if (settings.dataFolder() != null) {
            append(text, DATA_FOLDER, settings.dataFolder().toString());
        }
        for (int i = 0; i < settings.datasets().size(); i++) {
            append(text, DATASET_PREFIX + i, settings.datasets().get(i));
        }
        if (settings.drawingsFolder() != null) {
            append(text, DRAWINGS_FOLDER, settings.drawingsFolder().toString());
        }
        append(text, THEME, settings.theme().id());
        append(text, LANGUAGE, settings.languageTag());
        append(text, PRESENTATION_MODE, Boolean.toString(settings.presentationMode()));
        WindowBounds window = settings.window();
        if (window != null) {
            append(text, WINDOW_X, Double.toString(window.x()));
            append(text, WINDOW_Y, Double.toString(window.y()));
            append(text, WINDOW_WIDTH, Double.toString(window.width()));
            append(text, WINDOW_HEIGHT, Double.toString(window.height()));
        }
        return text.toString();
    }

    /**
     * One entry, escaped by {@link Properties#store} itself (backslashes in Windows paths, leading
     * spaces, non-Latin-1 characters) but placed in a fixed order: Java 17 stores in hash order.
     */
    private static void append(StringBuilder text, String key, String value) {
        Properties one = new Properties();
        one.setProperty(key, value);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            one.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        String stored = out.toString(StandardCharsets.ISO_8859_1);
        // store() starts with a "#date" comment line; keep only the entry, with a plain \n after it.
        text.append(stored.substring(stored.indexOf('\n') + 1).strip()).append('\n');
    }

    /** The settings in {@code properties}, each invalid value replaced by its default. */
    static Decoded decode(Properties properties) {
        return new SettingsProperties(properties).decode();
    }

    private Decoded decode() {
        TrainConfig config = TrainConfig.DEFAULTS;
        config = read(config, EPOCHS, Integer::valueOf, TrainConfig::withEpochs);
        config = read(config, LEARNING_RATE, Double::valueOf, TrainConfig::withLearningRate);
        config = read(config, BATCH_SIZE, Integer::valueOf, TrainConfig::withBatchSize);
        config = read(config, INIT_STD, Double::valueOf, TrainConfig::withInitStd);
        config = read(config, SEED, Long::valueOf, TrainConfig::withSeed);
        config = read(config, LOSS, LossFormula::fromId, TrainConfig::withLossFormula);
        config = read(config, MODEL, kind -> ModelSpec.of(ModelSpec.Kind.fromId(kind), ModelSpec.DEFAULT_HIDDEN),
                TrainConfig::withModel);
        if (config.model().isMlp()) {
            config = read(config, HIDDEN, hidden -> ModelSpec.mlp(Integer.parseInt(hidden)), TrainConfig::withModel);
        }
        settings = settings.withTrainConfig(config);
        apply(PACE, SettingsProperties::parsePace, Settings::withPace);
        apply(DATA_FOLDER, text -> text.isBlank() ? null : Path.of(text), Settings::withDataFolder);
        apply(DRAWINGS_FOLDER, text -> text.isBlank() ? null : Path.of(text), Settings::withDrawingsFolder);
        apply(THEME, Theme::fromId, Settings::withTheme);
        apply(LANGUAGE, Function.identity(), Settings::withLanguageTag);
        apply(PRESENTATION_MODE, SettingsProperties::parseBoolean, Settings::withPresentationMode);
        readWindow();
        readDatasets();
        return new Decoded(settings, List.copyOf(ignored));
    }

    /**
     * {@code config} with the setting under {@code key}, if present and valid on its own. Each is
     * checked against the defaults, so one bad value cannot take a good one down with it.
     */
    private <T> TrainConfig read(TrainConfig config, String key, Function<String, T> parser,
                                 Setter<TrainConfig, T> setter) {
        String text = properties.getProperty(key);
        if (text == null) {
            return config;
        }
        try {
            T value = parse(text, parser);
            List<String> problems = setter.set(TrainConfig.DEFAULTS, value).problems();
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(problems.get(0));
            }
            return setter.set(config, value);
        } catch (IllegalArgumentException e) {
            ignore(key, text, e);
            return config;
        }
    }

    /** Applies the setting under {@code key} to {@link #settings}, if present and valid. */
    private <T> void apply(String key, Function<String, T> parser, Setter<Settings, T> setter) {
        String text = properties.getProperty(key);
        if (text == null) {
            return;
        }
        try {
            settings = setter.set(settings, parse(text, parser));
        } catch (IllegalArgumentException e) {
            ignore(key, text, e);
        }
    }

    /** The four window values together: a window with a size but no position is no use. */
    private void readWindow() {
        List<String> present = WINDOW_KEYS.stream().filter(properties::containsKey).toList();
        if (present.isEmpty()) {
            return;
        }
        String text = String.join(", ", WINDOW_KEYS.stream().map(k -> k + "=" + properties.getProperty(k)).toList());
        try {
            if (present.size() < WINDOW_KEYS.size()) {
                throw new IllegalArgumentException("the window needs all of x, y, width and height");
            }
            settings = settings.withWindow(new WindowBounds(number(WINDOW_X), number(WINDOW_Y),
                    number(WINDOW_WIDTH), number(WINDOW_HEIGHT)));
        } catch (IllegalArgumentException e) {
            ignored.add(text + " (" + e.getMessage() + ")");
        }
    }

    /** data.set.0, data.set.1, …: each used if valid, in order, without gaps or repeats. */
    private void readDatasets() {
        List<String> datasets = new ArrayList<>();
        for (int i = 0; i < Settings.MAX_DATASETS; i++) {
            String text = properties.getProperty(DATASET_PREFIX + i);
            if (text == null) {
                continue;
            }
            try {
                Settings.checkDataset(text.trim());
                if (!datasets.contains(text.trim())) {
                    datasets.add(text.trim());
                }
            } catch (IllegalArgumentException e) { // an InvalidPathException too
                ignore(DATASET_PREFIX + i, text, e);
            }
        }
        settings = settings.withDatasets(datasets);
    }

    private double number(String key) {
        return parse(properties.getProperty(key), Double::parseDouble);
    }

    private static <T> T parse(String text, Function<String, T> parser) {
        try {
            return parser.apply(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text.trim() + "' is not a number", e);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("not a valid path: " + e.getReason(), e);
        }
    }

    /** "true" or "false" only: {@link Boolean#parseBoolean} would read a typo as false without a word. */
    private static Boolean parseBoolean(String text) {
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.valueOf(text);
        }
        throw new IllegalArgumentException("use true or false");
    }

    /** "full", "10.0 s/epoch" or "4.0 batches/s": readable in the file, and the same in every locale. */
    static String paceText(Pace pace) {
        if (pace.isFullSpeed()) {
            return PACE_FULL;
        }
        return pace.secondsPerEpoch() > 0 ? pace.secondsPerEpoch() + PACE_PER_EPOCH
                : pace.batchesPerSecond() + PACE_PER_SECOND;
    }

    private static final String PACE_FULL = "full";
    private static final String PACE_PER_EPOCH = " s/epoch";
    private static final String PACE_PER_SECOND = " batches/s";

    /** One of the window's paces ({@link Pace#PRESETS}) as {@link #paceText} wrote it. */
    private static Pace parsePace(String text) {
        Pace pace;
        if (text.equals(PACE_FULL)) {
            pace = Pace.FULL_SPEED;
        } else if (text.endsWith(PACE_PER_EPOCH)) {
            pace = Pace.perEpoch(Double.parseDouble(text.substring(0, text.length() - PACE_PER_EPOCH.length()).trim()));
        } else if (text.endsWith(PACE_PER_SECOND)) {
            pace = Pace.perSecond(Double.parseDouble(text.substring(0, text.length() - PACE_PER_SECOND.length())
                    .trim()));
        } else {
            throw new IllegalArgumentException("use full, N s/epoch or N batches/s");
        }
        if (!Pace.PRESETS.contains(pace)) {
            throw new IllegalArgumentException("not one of the window's paces");
        }
        return pace;
    }

    private void ignore(String key, String text, IllegalArgumentException e) {
        ignored.add(key + "=" + text + " (" + e.getMessage() + ")");
    }

    /** One setting's {@code with…} method. */
    @FunctionalInterface
    private interface Setter<S, T> {
        S set(S target, T value);
    }
}
