package org.softmaxlab.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.softmaxlab.data.FashionMnist;
import org.softmaxlab.data.ImageSet;
import org.softmaxlab.io.HasId;

/**
 * Which model a run trains: d2l §3.7's softmax regression, Flatten → Linear(784→10), or d2l's concise
 * MLP, Flatten → Linear(784→H) → ReLU → Linear(H→10).
 *
 * <p>Every model's parameters travel (snapshots, files) as one flat float array, layer after layer,
 * each layer an [inputs + 1, outputs] row-major matrix whose last row is the bias: softmax regression
 * is [785 × 10]; the MLP is [785 × H] and then [(H + 1) × 10].
 *
 * @param kind   softmax regression or the MLP
 * @param hidden the MLP's hidden units; 0 for softmax regression
 */
public record ModelSpec(Kind kind, int hidden) {

    /** d2l's hidden layer width. */
    public static final int DEFAULT_HIDDEN = 256;
    /** Far above anything a lesson needs, below what would exhaust memory (a 4096 MLP is 13 MB of weights). */
    public static final int MAX_HIDDEN = 4096;

    /** Softmax regression, the default. */
    public static final ModelSpec SOFTMAX = new ModelSpec(Kind.SOFTMAX, 0);

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

    /** d2l's MLP with {@code hidden} hidden units (check {@link #problems()} before use). */
    public static ModelSpec mlp(int hidden) {
        return new ModelSpec(Kind.MLP, hidden);
    }

    /** The model of kind {@code kind}; {@code hidden} matters for the MLP only. */
    public static ModelSpec of(Kind kind, int hidden) {
        return kind == Kind.SOFTMAX ? SOFTMAX : mlp(hidden);
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
        return problems;
    }

    /** The width of each layer's output: [10] or [H, 10]. */
    public int[] layerOutputs() {
        return kind == Kind.SOFTMAX ? new int[] {FashionMnist.CLASS_COUNT} : new int[] {hidden, FashionMnist.CLASS_COUNT};
    }

    /** The width of each layer's input, without the bias: [784] or [784, H]. */
    public int[] layerInputs() {
        return kind == Kind.SOFTMAX ? new int[] {ImageSet.PIXELS} : new int[] {ImageSet.PIXELS, hidden};
    }

    /** Where layer {@code layer}'s [inputs + 1, outputs] block starts in the flat parameter array. */
    public int layerOffset(int layer) {
        int offset = 0;
        for (int l = 0; l < layer; l++) {
            offset += (layerInputs()[l] + 1) * layerOutputs()[l];
        }
        return offset;
    }

    /** How many numbers the flat parameter array holds: 7,850 or 785·H + 10·(H + 1). */
    public int parameterCount() {
        return layerOffset(layerOutputs().length);
    }

    /**
     * The model whose flat parameters number {@code count}: 7,850 is softmax regression, 795·H + 10 the
     * MLP with H hidden units. The two never coincide (7,840 is no multiple of 795), so a parameter
     * array alone says what it is.
     */
    public static Optional<ModelSpec> forParameterCount(int count) {
        if (count == SOFTMAX.parameterCount()) {
            return Optional.of(SOFTMAX);
        }
        int perUnit = ImageSet.PIXELS + 1 + FashionMnist.CLASS_COUNT;
        int hidden = (count - FashionMnist.CLASS_COUNT) / perUnit;
        ModelSpec mlp = mlp(hidden);
        return mlp.problems().isEmpty() && mlp.parameterCount() == count ? Optional.of(mlp) : Optional.empty();
    }

    /** In English, for labels and logs: "softmax regression" or "MLP (256 hidden)". */
    public String describe() {
        return kind == Kind.SOFTMAX ? "softmax regression" : "MLP (" + hidden + " hidden)";
    }
}
