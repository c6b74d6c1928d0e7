package org.softmaxlab.ui.numerics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.softmaxlab.math.LossFormula;
import org.softmaxlab.math.NumericReason;
import org.softmaxlab.math.NumericValue;
import org.softmaxlab.math.NumericsComparison;
import org.softmaxlab.math.NumericsPreset;
import org.softmaxlab.math.Precision;
import org.softmaxlab.math.SoftmaxVariant;
import org.softmaxlab.ui.Messages;

/**
 * The numerics lesson (d2l §3.7): a logit vector as typed, a true class, and what each way of
 * computing softmax, log-softmax and cross-entropy gives in float32 and float64, with every inf,
 * NaN, −inf and underflowed 0 marked and explained. The numbers come from
 * {@link NumericsComparison}, the code the trainer runs.
 *
 * <p>While the text is not a valid vector, {@link #problemProperty()} says why and the comparison
 * stays the one of the last valid vector, so the table does not vanish at each keystroke.
 */
public final class NumericsViewModel {

    private final StringProperty logitsText = new SimpleStringProperty(this, "logitsText", "");
    private final IntegerProperty trueClass = new SimpleIntegerProperty(this, "trueClass", 0);
    private final ReadOnlyObjectWrapper<NumericsComparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyObjectWrapper<NumericsPreset> preset = new ReadOnlyObjectWrapper<>(this, "preset");
    private final ObservableList<Integer> classes = FXCollections.observableArrayList();
    private final ObservableList<Integer> readOnlyClasses = FXCollections.unmodifiableObservableList(classes);
    private final ObservableList<ReasonLine> reasons = FXCollections.observableArrayList();
    private final ObservableList<ReasonLine> readOnlyReasons = FXCollections.unmodifiableObservableList(reasons);
    private double[] logits;

    /** Starts on the first preset, [1, 2, 3]. */
    public NumericsViewModel() {
        logitsText.addListener((obs, old, now) -> parse());
        trueClass.addListener((obs, old, now) -> compare());
        applyPreset(NumericsPreset.ALL.get(0));
    }

    /** Shows {@code chosen}: its logits in the text field and its true class. */
    public void applyPreset(NumericsPreset chosen) {
        logitsText.set(text(chosen.logits()));
        trueClass.set(chosen.trueClass());
        compare();
    }

    /** The text a preset puts in the field: "1000, 1001, 1002", "−1000, 0, 1000". */
    public static String text(double[] values) {
        return Arrays.stream(values).mapToObj(NumericText::format).collect(Collectors.joining(", "));
    }

    /** The cell for entry {@code i} of {@code variant} in {@code precision}, or null before any valid input. */
    public NumericCell cell(Precision precision, SoftmaxVariant variant, int i) {
        NumericsComparison now = comparison.get();
        return now == null ? null : NumericCell.of(now.value(precision, variant, i));
    }

    /** The cross-entropy cell of {@code formula} in {@code precision}, or null before any valid input. */
    public NumericCell crossEntropy(Precision precision, LossFormula formula) {
        NumericsComparison now = comparison.get();
        return now == null ? null : NumericCell.of(now.crossEntropy(precision, formula));
    }

    /** Says the problem and the reasons again in the language {@link Messages} speaks now. */
    public void relocalize() {
        parse();
        NumericsComparison shown = comparison.get();
        if (shown != null) {
            reasons.setAll(reasonsOf(shown));
        }
    }

    private void parse() {
        LogitsParser.Result result = LogitsParser.parse(logitsText.get());
        if (!result.isValid()) {
            problem.set(result.problem());
            preset.set(null); // the field no longer shows the preset's logits
            return;
        }
        problem.set("");
        logits = result.logits();
        // Grown or shrunk at the end, never replaced: a choice box whose items are all replaced forgets
        // its choice, and showed no class while the table went on with one.
        if (classes.size() > logits.length) {
            classes.remove(logits.length, classes.size());
        }
        classes.addAll(IntStream.range(classes.size(), logits.length).boxed().toList());
        if (trueClass.get() >= logits.length || trueClass.get() < 0) {
            trueClass.set(logits.length - 1); // compares, through its listener
        } else {
            compare();
        }
    }

    private void compare() {
        if (logits == null || trueClass.get() < 0 || trueClass.get() >= logits.length) {
            return;
        }
        NumericsComparison next = NumericsComparison.of(logits, trueClass.get());
        preset.set(NumericsPreset.ALL.stream()
                .filter(p -> Arrays.equals(p.logits(), logits) && p.trueClass() == trueClass.get())
                .findFirst().orElse(null));
        reasons.setAll(reasonsOf(next));
        comparison.set(next);
    }

    /**
     * One line per formula, reason and set of classes, naming the precisions it holds in: float32 and
     * float64 often fail the same way, and one line says so more plainly than two. Then the losses.
     */
    private static List<ReasonLine> reasonsOf(NumericsComparison c) {
        Map<List<Object>, List<Precision>> groups = new LinkedHashMap<>();
        Map<List<Object>, String> styles = new LinkedHashMap<>();
        for (SoftmaxVariant variant : SoftmaxVariant.values()) {
            for (Precision precision : Precision.values()) {
                Map<NumericReason, List<Integer>> byReason = new LinkedHashMap<>();
                for (int i = 0; i < c.size(); i++) {
                    NumericValue value = c.value(precision, variant, i);
                    if (value.isSpecial()) {
                        byReason.computeIfAbsent(value.reason(), r -> new ArrayList<>()).add(i);
                        styles.putIfAbsent(List.of(variant, value.reason(), List.of()), NumericCell.highlight(value.kind()));
                    }
                }
                byReason.forEach((reason, indices) -> {
                    List<Object> key = List.of(variant, reason, indices);
                    groups.computeIfAbsent(key, k -> new ArrayList<>()).add(precision);
                    styles.putIfAbsent(key, styles.get(List.of(variant, reason, List.of())));
                });
            }
        }
        for (LossFormula formula : LossFormula.values()) {
            for (Precision precision : Precision.values()) {
                NumericValue loss = c.crossEntropy(precision, formula);
                if (loss.isSpecial()) {
                    List<Object> key = List.of(formula, loss.reason());
                    groups.computeIfAbsent(key, k -> new ArrayList<>()).add(precision);
                    styles.putIfAbsent(key, NumericCell.highlight(loss.kind()));
                }
            }
        }
        List<ReasonLine> lines = new ArrayList<>();
        groups.forEach((key, precisions) -> {
            String where = key.get(0) instanceof SoftmaxVariant variant
                    ? Messages.format("numerics.reason.where", precisionNames(precisions), variantName(variant),
                            classList(castIndices(key.get(2))))
                    : Messages.format("numerics.reason.loss", precisionNames(precisions),
                            Messages.get("settings.loss." + ((LossFormula) key.get(0)).id()));
            lines.add(new ReasonLine(where, ReasonText.of((NumericReason) key.get(1)), styles.get(key)));
        });
        return lines;
    }

    @SuppressWarnings("unchecked")
    private static List<Integer> castIndices(Object indices) {
        return (List<Integer>) indices;
    }

    private static String precisionNames(List<Precision> precisions) {
        return precisions.stream().map(NumericsViewModel::precisionName).collect(Collectors.joining(", "));
    }

    private static String classList(List<Integer> indices) {
        String list = indices.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return Messages.format("numerics.reason.classes", indices.size(), list);
    }

    /** "float32" or "float64". */
    public static String precisionName(Precision precision) {
        return Messages.get("numerics.precision." + precision.name());
    }

    /** The column name of {@code variant}, e.g. "naive softmax". */
    public static String variantName(SoftmaxVariant variant) {
        return Messages.get("numerics.variant." + variant.name());
    }

    /** The logits as typed (comma-separated). */
    public StringProperty logitsTextProperty() {
        return logitsText;
    }

    /** The class whose cross-entropy is shown, 0-based. */
    public IntegerProperty trueClassProperty() {
        return trueClass;
    }

    /** The classes the true class can be: 0 to the number of logits − 1. */
    public ObservableList<Integer> classes() {
        return readOnlyClasses;
    }

    /** The comparison of the last valid input, or null before any. */
    public ReadOnlyObjectProperty<NumericsComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** What is wrong with the text typed, or empty when the table shows it. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The preset the table shows, or null for logits of one's own. */
    public ReadOnlyObjectProperty<NumericsPreset> presetProperty() {
        return preset.getReadOnlyProperty();
    }

    /** Where special values occur and why, one line per group; empty when every number is ordinary. */
    public ObservableList<ReasonLine> reasons() {
        return readOnlyReasons;
    }
}
