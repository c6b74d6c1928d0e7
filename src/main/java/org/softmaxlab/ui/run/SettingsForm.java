package org.softmaxlab.ui.run;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.softmaxlab.math.LossFormula;
import org.softmaxlab.train.ModelSpec;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.ui.Messages;

/**
 * The settings of a run as the user types them, validated on every change: five text fields, the
 * loss formula and the model (choices, so never invalid) and the MLP's hidden units. Each field's problem is either "not a number" or,
 * when {@link TrainConfig#problems()} refuses the value, the bundle's translation of that message
 * (in English the same words, so the window and the command line explain a bad value the same way).
 */
public final class SettingsForm {

    /** The settings the form edits. */
    public enum Field {
        EPOCHS("settings.epochs", Kind.WHOLE),
        LEARNING_RATE("settings.learningRate", Kind.DECIMAL),
        BATCH_SIZE("settings.batchSize", Kind.WHOLE),
        INIT_STD("settings.initStd", Kind.DECIMAL),
        SEED("settings.seed", Kind.LONG),
        /** The MLP's hidden units; ignored (and never a problem) while the model is softmax regression. */
        HIDDEN("settings.hidden", Kind.WHOLE);

        private final String labelKey;
        private final Kind kind;

        Field(String labelKey, Kind kind) {
            this.labelKey = labelKey;
            this.kind = kind;
        }

        /** The field's visible name. */
        public String label() {
            return Messages.get(labelKey);
        }
    }

    private enum Kind { WHOLE, LONG, DECIMAL }

    private final Map<Field, StringProperty> texts = new EnumMap<>(Field.class);
    private final ObjectProperty<LossFormula> lossFormula =
            new SimpleObjectProperty<>(this, "lossFormula", LossFormula.STABLE);
    private final ObjectProperty<ModelSpec.Kind> modelKind =
            new SimpleObjectProperty<>(this, "modelKind", ModelSpec.Kind.SOFTMAX);
    private final ReadOnlyObjectWrapper<TrainConfig> config = new ReadOnlyObjectWrapper<>(this, "config");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyProblems = FXCollections.unmodifiableObservableList(problems);

    /** A form showing d2l's defaults. */
    public SettingsForm() {
        this(TrainConfig.DEFAULTS);
    }

    /** A form showing {@code initial}. */
    public SettingsForm(TrainConfig initial) {
        for (Field field : Field.values()) {
            StringProperty text = new SimpleStringProperty(this, field.name(), "");
            text.addListener((obs, old, now) -> revalidate());
            texts.put(field, text);
        }
        lossFormula.addListener((obs, old, now) -> revalidate());
        modelKind.addListener((obs, old, now) -> revalidate());
        load(initial);
    }

    /** Shows {@code values} in every field. */
    public void load(TrainConfig values) {
        texts.get(Field.EPOCHS).set(Integer.toString(values.epochs()));
        texts.get(Field.LEARNING_RATE).set(formatDecimal(values.learningRate()));
        texts.get(Field.BATCH_SIZE).set(Integer.toString(values.batchSize()));
        texts.get(Field.INIT_STD).set(formatDecimal(values.initStd()));
        texts.get(Field.SEED).set(Long.toString(values.seed()));
        lossFormula.set(values.lossFormula());
        texts.get(Field.HIDDEN).set(Integer.toString(values.model().isMlp() ? values.model().hidden()
                : ModelSpec.DEFAULT_HIDDEN));
        modelKind.set(values.model().kind());
    }

    /** Which model a run trains: softmax regression (the default) or d2l's MLP. Never null. */
    public ObjectProperty<ModelSpec.Kind> modelKindProperty() {
        return modelKind;
    }

    /** The text of {@code field}, for binding to its text field. */
    public StringProperty textProperty(Field field) {
        return texts.get(field);
    }

    /** How the run computes cross-entropy; stable unless the class is shown why not. Never null. */
    public ObjectProperty<LossFormula> lossFormulaProperty() {
        return lossFormula;
    }

    /** Sets the learning rate field, e.g. from a preset or the slider. */
    public void setLearningRate(double value) {
        texts.get(Field.LEARNING_RATE).set(formatDecimal(value));
    }

    /** The learning rate typed, if it is a number at all. */
    public OptionalDouble learningRate() {
        try {
            return OptionalDouble.of(Double.parseDouble(texts.get(Field.LEARNING_RATE).get().strip()));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** What is wrong with {@code text} as the value of {@code field}, or null if nothing is. */
    public String problemFor(Field field, String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return Messages.format("settings.error.empty", field.label());
        }
        TrainConfig probe;
        try {
            probe = withValue(TrainConfig.DEFAULTS, field, value);
        } catch (NumberFormatException e) {
            if (field.kind != Kind.DECIMAL && value.matches("[+-]?\\d+")) {
                return wholeRangeProblem(field);
            }
            return Messages.format(field.kind == Kind.DECIMAL ? "settings.error.number" : "settings.error.wholeNumber",
                    field.label());
        }
        // The defaults are valid, so any problem of the probe is this field's.
        return probe.problems().isEmpty() ? null : rangeProblem(field, probe);
    }

    /** A whole number too long for the field: say which numbers it takes rather than "enter a whole number". */
    private static String wholeRangeProblem(Field field) {
        return switch (field) {
            case EPOCHS -> Messages.format("settings.error.wholeRange", field.label(), "1",
                    String.format(Locale.US, "%,d", TrainConfig.MAX_EPOCHS));
            case BATCH_SIZE -> Messages.format("settings.error.wholeRange", field.label(), "1",
                    String.format(Locale.US, "%,d", TrainConfig.MAX_BATCH_SIZE));
            default -> Messages.format("settings.error.wholeRange", field.label(),
                    String.format(Locale.US, "%,d", Long.MIN_VALUE), String.format(Locale.US, "%,d", Long.MAX_VALUE));
        };
    }

    /** TrainConfig's message for the value of {@code field} in {@code probe}, from the bundle. */
    private static String rangeProblem(Field field, TrainConfig probe) {
        // The values as TrainConfig writes them: Java's own toString, limits with US digit grouping.
        return switch (field) {
            case EPOCHS -> Messages.format("settings.error.range.epochs",
                    String.format(Locale.US, "%,d", TrainConfig.MAX_EPOCHS), Integer.toString(probe.epochs()));
            case LEARNING_RATE -> Messages.format("settings.error.range.learningRate",
                    Double.toString(probe.learningRate()));
            case BATCH_SIZE -> Messages.format("settings.error.range.batchSize",
                    String.format(Locale.US, "%,d", TrainConfig.MAX_BATCH_SIZE), Integer.toString(probe.batchSize()));
            case INIT_STD -> Messages.format("settings.error.range.initStd", Double.toString(probe.initStd()));
            case SEED -> probe.problems().get(0); // every long is a valid seed; kept for completeness
            case HIDDEN -> Messages.format("settings.error.range.hidden",
                    String.format(Locale.US, "%,d", ModelSpec.MAX_HIDDEN), Integer.toString(probe.model().hidden()));
        };
    }

    /** The settings as a valid config, or null while any field is invalid. */
    public ReadOnlyObjectProperty<TrainConfig> configProperty() {
        return config.getReadOnlyProperty();
    }

    /** Whether every field holds a valid value. */
    public boolean isValid() {
        return config.get() != null;
    }

    /** One message per invalid field, in the order of the form; empty when valid. */
    public ObservableList<String> problems() {
        return readOnlyProblems;
    }

    /** Says the problems again in the language {@link Messages} speaks now. */
    public void relocalize() {
        revalidate();
    }

    private void revalidate() {
        List<String> found = new ArrayList<>();
        // A null formula (a cleared choice box) counts as the default rather than as a problem.
        LossFormula formula = lossFormula.get() == null ? LossFormula.STABLE : lossFormula.get();
        TrainConfig candidate = TrainConfig.DEFAULTS.withLossFormula(formula);
        boolean mlp = modelKind.get() == ModelSpec.Kind.MLP;
        for (Field field : Field.values()) {
            if (field == Field.HIDDEN && !mlp) {
                continue;
            }
            String text = texts.get(field).get();
            String problem = problemFor(field, text);
            if (problem != null) {
                found.add(problem);
            } else {
                candidate = withValue(candidate, field, text.strip());
            }
        }
        if (!found.equals(problems)) {
            problems.setAll(found);
        }
        config.set(found.isEmpty() ? candidate : null);
    }

    private static TrainConfig withValue(TrainConfig base, Field field, String value) {
        return switch (field) {
            case EPOCHS -> base.withEpochs(Integer.parseInt(value));
            case LEARNING_RATE -> base.withLearningRate(Double.parseDouble(value));
            case BATCH_SIZE -> base.withBatchSize(Integer.parseInt(value));
            case INIT_STD -> base.withInitStd(Double.parseDouble(value));
            case SEED -> base.withSeed(Long.parseLong(value));
            case HIDDEN -> base.withModel(ModelSpec.mlp(Integer.parseInt(value)));
        };
    }

    /**
     * A number as a person would type it: at most 3 significant digits, no trailing zeros, and an
     * exponent (1E+29) only outside 10⁻⁶–10⁶, where plain digits would be unreadable.
     */
    public static String formatDecimal(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros();
        double magnitude = Math.abs(value);
        return magnitude >= 1e-6 && magnitude < 1e6 ? rounded.toPlainString() : rounded.toString();
    }
}
