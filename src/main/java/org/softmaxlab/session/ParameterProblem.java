package org.softmaxlab.session;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.softmaxlab.data.DatasetSignature;
import org.softmaxlab.train.ModelSpec;

/**
 * What is wrong with the parameters a model file holds or would hold, as the numbers an explanation
 * names: the window says it in its language, with the class named as it names classes;
 * {@link #toString()} says it in English.
 *
 * @param kind       the wrong count, or which first parameter is not a finite number
 * @param model      the model the parameters are for (their layout, see {@link ModelSpec})
 * @param count      how many parameters there are ({@link Kind#isWrongCount()}), or how many are not finite
 * @param firstIndex the index of the first parameter that is not finite; -1 for a wrong count
 * @param data       the data set the model is for: its image shape places a weight's pixel, its class
 *                   names name the class
 */
public record ParameterProblem(Kind kind, ModelSpec model, int count, int firstIndex, DatasetSignature data) {

    /**
     * What is wrong. Patterns: {0} count, {1} expected count, then {2} {3} {4} as each kind says, and
     * {5} the class name (empty when no class is named).
     */
    public enum Kind {
        /** {2} pixels, {3} classes. */
        WRONG_COUNT("it holds {0,number,#,##0} {0,choice,0#parameters|1#parameter|1<parameters}, but a SoftmaxLab "
                + "model has {1,number,#,##0} (a weight for each of the {2} pixels and a bias, for each of the "
                + "{3} classes)"),
        /** {2} pixels, {3} hidden units, {4} classes. */
        WRONG_MLP_COUNT("it holds {0,number,#,##0} {0,choice,0#parameters|1#parameter|1<parameters}, but an MLP "
                + "with {3} hidden {3,choice,0#units|1#unit|1<units} has {1,number,#,##0} (weights and biases "
                + "from {2} pixels to {3} hidden {3,choice,0#units|1#unit|1<units} to {4} classes)"),
        /** {2} pixel row, {3} pixel column, {4} class. */
        NON_FINITE_WEIGHT("{0,number,#,##0} of its {1,number,#,##0} parameters {0,choice,0#are not finite "
                + "numbers|1#is not a finite number|1<are not finite numbers} (NaN or ±∞), the first being the "
                + "weight of pixel (row {2}, column {3}) for class {4} ({5})"),
        /** {4} class. */
        NON_FINITE_BIAS("{0,number,#,##0} of its {1,number,#,##0} parameters {0,choice,0#are not finite "
                + "numbers|1#is not a finite number|1<are not finite numbers} (NaN or ±∞), the first being the "
                + "bias of class {4} ({5})"),
        /** {2} pixel row, {3} pixel column, {4} hidden unit (from 0). */
        NON_FINITE_HIDDEN_WEIGHT("{0,number,#,##0} of its {1,number,#,##0} parameters {0,choice,0#are not finite "
                + "numbers|1#is not a finite number|1<are not finite numbers} (NaN or ±∞), the first being the "
                + "weight of pixel (row {2}, column {3}) for hidden unit {4}"),
        /** {4} hidden unit (from 0). */
        NON_FINITE_HIDDEN_BIAS("{0,number,#,##0} of its {1,number,#,##0} parameters {0,choice,0#are not finite "
                + "numbers|1#is not a finite number|1<are not finite numbers} (NaN or ±∞), the first being the "
                + "bias of hidden unit {4}"),
        /** {2} hidden unit (from 0), {4} class. */
        NON_FINITE_OUTPUT_WEIGHT("{0,number,#,##0} of its {1,number,#,##0} parameters {0,choice,0#are not finite "
                + "numbers|1#is not a finite number|1<are not finite numbers} (NaN or ±∞), the first being the "
                + "weight of hidden unit {2} for class {4} ({5})");

        private final String pattern;

        Kind(String pattern) {
            this.pattern = pattern;
        }

        /** The English pattern. */
        public String pattern() {
            return pattern;
        }

        /** Whether the problem is the number of parameters rather than their values. */
        public boolean isWrongCount() {
            return this == WRONG_COUNT || this == WRONG_MLP_COUNT;
        }
    }

    /** The number of parameters of softmax regression for Fashion-MNIST, [785 × 10]. */
    public static final int COUNT = ModelSpec.SOFTMAX.parameterCount();

    public ParameterProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(data, "data");
    }

    /** A problem with the parameters of {@code model} for Fashion-MNIST. */
    public ParameterProblem(Kind kind, ModelSpec model, int count, int firstIndex) {
        this(kind, model, count, firstIndex, DatasetSignature.FASHION_MNIST);
    }

    /** A problem with the parameters of softmax regression for Fashion-MNIST. */
    public ParameterProblem(Kind kind, int count, int firstIndex) {
        this(kind, ModelSpec.SOFTMAX, count, firstIndex);
    }

    /** The problem with {@code count} parameters for {@code model}, or null when it is the right number. */
    static ParameterProblem ofCount(int count, ModelSpec model, DatasetSignature data) {
        if (count == model.parameterCount()) {
            return null;
        }
        return new ParameterProblem(model.isMlp() ? Kind.WRONG_MLP_COUNT : Kind.WRONG_COUNT, model, count, -1, data);
    }

    /** Which parameters are NaN or infinite, or null when all are finite numbers. */
    static ParameterProblem ofValues(float[] parameters, ModelSpec model, DatasetSignature data) {
        int count = 0;
        int first = -1;
        for (int i = 0; i < parameters.length; i++) {
            if (!Float.isFinite(parameters[i])) {
                count++;
                if (first < 0) {
                    first = i;
                }
            }
        }
        return count == 0 ? null : new ParameterProblem(kindAt(first, model), model, count, first, data);
    }

    private static Kind kindAt(int index, ModelSpec model) {
        int outputs = model.layerOutputs()[0];
        boolean bias = index / outputs == model.inputs();
        if (!model.isMlp()) {
            return bias ? Kind.NON_FINITE_BIAS : Kind.NON_FINITE_WEIGHT;
        }
        if (index < model.layerOffset(1)) {
            return bias ? Kind.NON_FINITE_HIDDEN_BIAS : Kind.NON_FINITE_HIDDEN_WEIGHT;
        }
        return (index - model.layerOffset(1)) / model.classes() == model.hidden() ? Kind.NON_FINITE_BIAS
                : Kind.NON_FINITE_OUTPUT_WEIGHT;
    }

    /** The class of the first non-finite parameter (-1 for a wrong count or a hidden-layer parameter). */
    public int classIndex() {
        return switch (kind) {
            case NON_FINITE_WEIGHT, NON_FINITE_BIAS, NON_FINITE_OUTPUT_WEIGHT ->
                    (firstIndex - outputLayerOffset()) % model.classes();
            default -> -1;
        };
    }

    /** Where the layer that outputs the classes starts in the flat parameters. */
    private int outputLayerOffset() {
        return model.isMlp() ? model.layerOffset(1) : 0;
    }

    /**
     * The arguments of the kind's pattern but the last, the class name, which each language gives: row
     * and column of the pixel of a weight, the hidden unit, or for a wrong count the numbers that make
     * up the right one.
     */
    public Object[] arguments() {
        int expected = model.parameterCount();
        int classes = model.classes();
        int width = data.shape().width();
        switch (kind) {
            case WRONG_COUNT:
                return new Object[] {count, expected, model.inputs(), classes, -1};
            case WRONG_MLP_COUNT:
                return new Object[] {count, expected, model.inputs(), model.hidden(), classes};
            case NON_FINITE_HIDDEN_WEIGHT, NON_FINITE_HIDDEN_BIAS: {
                int pixel = inPlane(firstIndex / model.hidden());
                return new Object[] {count, expected, pixel / width, pixel % width, firstIndex % model.hidden()};
            }
            case NON_FINITE_OUTPUT_WEIGHT:
                return new Object[] {count, expected, (firstIndex - model.layerOffset(1)) / classes, -1,
                        classIndex()};
            default: {
                int pixel = inPlane(firstIndex / classes);
                return new Object[] {count, expected, pixel / width, pixel % width, classIndex()};
            }
        }
    }

    /** Input {@code input}'s pixel within its colour plane (the input itself for grayscale). */
    private int inPlane(int input) {
        return input % data.shape().pixels();
    }

    /** In English, e.g. "2 of its 7,850 parameters are not finite numbers (NaN or ±∞), the first being …". */
    @Override
    public String toString() {
        Object[] args = Arrays.copyOf(arguments(), 6);
        args[5] = classIndex() < 0 || classIndex() >= data.classCount() ? "" : data.classNames().get(classIndex());
        return new MessageFormat(kind.pattern(), Locale.ROOT).format(args);
    }
}
