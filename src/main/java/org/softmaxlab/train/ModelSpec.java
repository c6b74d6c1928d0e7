package org.softmaxlab.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.softmaxlab.data.Dataset;
import org.softmaxlab.data.DatasetSignature;
import org.softmaxlab.io.HasId;

/**
 * Which model a run trains, sized for its data set: d2l §3.7's softmax regression, Flatten →
 * Linear(D→K), or d2l's concise MLP, Flatten → Linear(D→H) → ReLU → Linear(H→K), where D is the data
 * set's values per image ({@code shape().values()}, 784 for Fashion-MNIST) and K its classes.
 *
 * <p>Every model's parameters travel (snapshots, files) as one flat float array, layer after layer,
 * each layer an [inputs + 1, outputs] row-major matrix whose last row is the bias: softmax regression
 * is [(D + 1) × K]; the MLP is [(D + 1) × H] and then [(H + 1) × K].
 *
 * <p>{@link #SOFTMAX} and {@link #mlp(int)} are sized for Fashion-MNIST, the d2l lesson; the trainer
 * fits a spec to its data set with {@link #sizedFor(Dataset)}, so settings name only the kind and the
 * hidden units.
 *
 * @param kind    softmax regression or the MLP
 * @param hidden  the MLP's hidden units; 0 for softmax regression
 * @param inputs  D, the values per image
 * @param classes K, the classes
 */
public record ModelSpec(Kind kind, int hidden, int inputs, int classes) {

    /** d2l's hidden layer width. */
    public static final int DEFAULT_HIDDEN = 256;
    /** Far above anything a lesson needs, below what would exhaust memory (a 4096 MLP is 13 MB of weights). */
    public static final int MAX_HIDDEN = 4096;

    /** Softmax regression for Fashion-MNIST, the default. */
    public static final ModelSpec SOFTMAX = new ModelSpec(Kind.SOFTMAX, 0,
            DatasetSignature.FASHION_MNIST.shape().values(), DatasetSignature.FASHION_MNIST.classCount());

    /** The models SoftmaxLab trains. */
    public enum Kind implements HasId {
        SOFTMAX("softmax"),
        MLP("mlp");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** The stable name for files and the command line: "softmax" or "mlp". */
        @Override
        public String id() {
            return id;
        }

        /** The kind named {@code id} ("softmax" or "mlp", any case). */
        public static Kind fromId(String id) {
            return HasId.fromId(values(), id, "model");
        }
    }

    public ModelSpec {
        Objects.requireNonNull(kind, "kind");
    }

    /** d2l's MLP with {@code hidden} hidden units, for Fashion-MNIST (check {@link #problems()} before use). */
    public static ModelSpec mlp(int hidden) {
        return new ModelSpec(Kind.MLP, hidden, SOFTMAX.inputs, SOFTMAX.classes);
    }

    /** The model of kind {@code kind} for Fashion-MNIST; {@code hidden} matters for the MLP only. */
    public static ModelSpec of(Kind kind, int hidden) {
        return kind == Kind.SOFTMAX ? SOFTMAX : mlp(hidden);
    }

    /** The model of kind {@code kind} for {@code inputs} values per image and {@code classes} classes. */
    public static ModelSpec of(Kind kind, int hidden, int inputs, int classes) {
        return new ModelSpec(kind, kind == Kind.SOFTMAX ? 0 : hidden, inputs, classes);
    }

    /** This kind of model (and hidden units) for {@code inputs} values per image and {@code classes} classes. */
    public ModelSpec sizedFor(int inputs, int classes) {
        return inputs == this.inputs && classes == this.classes ? this : new ModelSpec(kind, hidden, inputs, classes);
    }

    /** This kind of model (and hidden units) for {@code data}'s image shape and classes. */
    public ModelSpec sizedFor(Dataset data) {
        return sizedFor(data.inputCount(), data.classCount());
    }

    /** This kind of model for data of {@code signature}. */
    public ModelSpec sizedFor(DatasetSignature signature) {
        return sizedFor(signature.shape().values(), signature.classCount());
    }

    /** Whether {@code other} is the same kind of model with the same hidden units, whatever its sizes. */
    public boolean sameArchitecture(ModelSpec other) {
        return kind == other.kind && hidden == other.hidden;
    }

    public boolean isMlp() {
        return kind == Kind.MLP;
    }

    /** What is wrong with this model choice, one actionable sentence each; empty when valid. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (kind == Kind.MLP && (hidden < 1 || hidden > MAX_HIDDEN)) {
            problems.add(String.format(Locale.US, "hidden units must be between 1 and %,d (was %d); d2l uses %d",
                    MAX_HIDDEN, hidden, DEFAULT_HIDDEN));
        }
        if (kind == Kind.SOFTMAX && hidden != 0) {
            problems.add("softmax regression has no hidden layer (hidden units was " + hidden + ")");
        }
        if (inputs < 1 || classes < 2) {
            problems.add(String.format(Locale.US, "a model needs at least 1 input and 2 classes (was %d and %d)",
                    inputs, classes));
        }
        return problems;
    }

    /** The width of each layer's output: [K] or [H, K]. */
    public int[] layerOutputs() {
        return kind == Kind.SOFTMAX ? new int[] {classes} : new int[] {hidden, classes};
    }

    /** The width of each layer's input, without the bias: [D] or [D, H]. */
    public int[] layerInputs() {
        return kind == Kind.SOFTMAX ? new int[] {inputs} : new int[] {inputs, hidden};
    }

    /** Input columns of the first layer with the bias: D + 1. */
    public int features() {
        return inputs + 1;
    }

    /** Where layer {@code layer}'s [inputs + 1, outputs] block starts in the flat parameter array. */
    public int layerOffset(int layer) {
        int offset = 0;
        for (int l = 0; l < layer; l++) {
            offset += (layerInputs()[l] + 1) * layerOutputs()[l];
        }
        return offset;
    }

    /**
     * How many numbers the flat parameter array holds: (D + 1)·K or (D + 1)·H + (H + 1)·K (7,850 for
     * Fashion-MNIST's softmax regression).
     */
    public int parameterCount() {
        return layerOffset(layerOutputs().length);
    }

    /**
     * The model for {@code inputs} values and {@code classes} classes whose flat parameters number
     * {@code count}: (D + 1)·K is softmax regression, (D + 1 + K)·H + K the MLP with H hidden units.
     * The two coincide only when D·K is a multiple of D + 1 + K (not for Fashion-MNIST's 784 and 10:
     * 7,840 is no multiple of 795); then softmax regression is taken.
     */
    public static Optional<ModelSpec> forParameterCount(int count, int inputs, int classes) {
        ModelSpec softmax = of(Kind.SOFTMAX, 0, inputs, classes);
        if (count == softmax.parameterCount()) {
            return Optional.of(softmax);
        }
        int perUnit = inputs + 1 + classes;
        int hidden = (count - classes) / perUnit;
        ModelSpec mlp = of(Kind.MLP, hidden, inputs, classes);
        return mlp.problems().isEmpty() && mlp.parameterCount() == count ? Optional.of(mlp) : Optional.empty();
    }

    /** {@link #forParameterCount(int, int, int)} for data of {@code signature}. */
    public static Optional<ModelSpec> forParameterCount(int count, DatasetSignature signature) {
        return forParameterCount(count, signature.shape().values(), signature.classCount());
    }

    /** In English, for labels and logs: "softmax regression" or "MLP (256 hidden)". */
    public String describe() {
        return kind == Kind.SOFTMAX ? "softmax regression" : "MLP (" + hidden + " hidden)";
    }
}
