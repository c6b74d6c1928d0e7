package org.softmaxlab.inspect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.softmaxlab.math.Softmax;
import org.softmaxlab.train.ModelSpec;

/**
 * Why the MLP predicts what it does for one image. Its logit of class c is Σ_j h_j·W₂[j, c] + b₂[c],
 * where h = relu(x·W₁ + b₁) are the hidden activations: each hidden unit j contributes its activation
 * times its output weight. The units that contributed most (to the first class, the second, or to
 * their difference), each with its first-layer filter, plus the sum of all other units and the bias,
 * add up to the logit.
 *
 * <p>The activations and logits come from {@link ImageClassifier}'s one forward pass, the one the
 * gallery's and Your image's probabilities come from.
 */
public final class HiddenUnits {

    /** How many units the panels show by default. */
    public static final int DEFAULT_TOP = 8;


    /** Which contribution ranks the units. */
    public enum Ranking {
        /** The contribution to the first class (the prediction), largest first. */
        FIRST,
        /** The contribution to the second class (the true class or the second best), largest first. */
        SECOND,
        /** The contribution to first minus that to second, largest first: the units that tipped it. */
        DIFFERENCE
    }

    /**
     * One hidden unit's part in the two logits.
     *
     * @param index        the unit, 0 to H − 1 (as on the Weights tab)
     * @param activation   h_j = relu(x·W₁[:, j] + b₁[j])
     * @param firstWeight  W₂[j, first]
     * @param secondWeight W₂[j, second]
     */
    public record Unit(int index, float activation, float firstWeight, float secondWeight) {

        /** h_j · W₂[j, first]. */
        public double firstContribution() {
            return (double) activation * firstWeight;
        }

        /** h_j · W₂[j, second]. */
        public double secondContribution() {
            return (double) activation * secondWeight;
        }

        /** h_j · (W₂[j, first] − W₂[j, second]). */
        public double difference() {
            return firstContribution() - secondContribution();
        }

        double rankValue(Ranking ranking) {
            return switch (ranking) {
                case FIRST -> firstContribution();
                case SECOND -> secondContribution();
                case DIFFERENCE -> difference();
            };
        }
    }

    private final float[] parameters;
    private final ModelSpec model;
    private final int first;
    private final int second;
    private final Ranking ranking;
    private final float[] activations;
    private final float[] logits;
    private final int classes;
    private final float[] probabilities;
    private final List<Unit> top;
    private final double[] rest = new double[2];
    private final double filterScale;

    private HiddenUnits(ModelSpec model, float[] parameters, float[] pixels, int first, int second, Ranking ranking,
                        int k) {
        ImageClassifier classifier = new ImageClassifier(model, parameters);
        this.parameters = parameters;
        this.model = model;
        this.classes = model.classes();
        this.probabilities = new float[classes];
        this.first = first;
        this.second = second;
        this.ranking = ranking;
        this.filterScale = WeightImages.firstLayerScale(model, parameters);
        float[][] layers = classifier.layerOutputs(pixels);
        this.activations = layers[0];
        this.logits = layers[1];
        Softmax.stableRow(logits, 0, classes, probabilities, 0);
        List<Unit> all = new ArrayList<>(model.hidden());
        for (int j = 0; j < model.hidden(); j++) {
            all.add(new Unit(j, activations[j], outputWeight(j, first), outputWeight(j, second)));
        }
        // Ties (above all the many inactive units' zeros) keep the lower index first: a stable order.
        all.sort(Comparator.comparingDouble((Unit u) -> -u.rankValue(ranking)).thenComparingInt(Unit::index));
        this.top = List.copyOf(all.subList(0, Math.min(k, all.size())));
        for (Unit u : all.subList(top.size(), all.size())) {
            rest[0] += u.firstContribution();
            rest[1] += u.secondContribution();
        }
    }

    /** Whether {@code model} is an MLP, the model whose hidden units this explains. */
    public static boolean appliesTo(ModelSpec model) {
        return model != null && model.isMlp();
    }

    /**
     * @param model      the MLP, with its sizes
     * @param parameters an MLP's, in the layout of {@link ModelSpec}
     * @param pixels     D values in [0, 1]
     * @param first      the class explained first (the prediction)
     * @param second     the class it is weighed against (the true class, or the second best)
     * @param ranking    which contribution picks and orders the units shown
     * @param k          how many units to show (at most H are)
     */
    public static HiddenUnits of(ModelSpec model, float[] parameters, float[] pixels, int first, int second,
                                 Ranking ranking, int k) {
        if (!appliesTo(model) || parameters == null || parameters.length != model.parameterCount()) {
            throw new IllegalArgumentException("hidden units are the MLP's; these "
                    + (parameters == null ? "no" : String.valueOf(parameters.length)) + " parameters are no MLP");
        }
        int c = model.classes();
        if (pixels.length != model.inputs() || first < 0 || first >= c || second < 0 || second >= c) {
            throw new IllegalArgumentException("expected " + model.inputs() + " pixels and two classes 0–" + (c - 1));
        }
        if (k < 1) {
            throw new IllegalArgumentException("show at least one unit (was " + k + ")");
        }
        return new HiddenUnits(model, parameters.clone(), pixels, first, second, ranking, k);
    }

    private float outputWeight(int unit, int c) {
        return parameters[model.layerOffset(1) + unit * classes + c];
    }

    public int first() {
        return first;
    }

    public int second() {
        return second;
    }

    public Ranking ranking() {
        return ranking;
    }

    /** H, the hidden units. */
    public int hidden() {
        return model.hidden();
    }

    /** How many units are active (h &gt; 0): relu silences the others, which contribute nothing. */
    public int activeCount() {
        int active = 0;
        for (float h : activations) {
            if (h > 0) {
                active++;
            }
        }
        return active;
    }

    /** The units shown, ranked by {@link #ranking()}, largest first. */
    public List<Unit> top() {
        return top;
    }

    /** The units not shown, H − {@code top().size()}. */
    public int restCount() {
        return hidden() - top.size();
    }

    /** Σ of the shown units' contributions to class {@code c} (first or second). */
    public double topSum(int c) {
        double sum = 0;
        for (Unit u : top) {
            sum += c == first ? u.firstContribution() : u.secondContribution();
        }
        checkShown(c);
        return sum;
    }

    /** Σ of all other units' contributions to class {@code c} (first or second). */
    public double restSum(int c) {
        checkShown(c);
        return c == first ? rest[0] : rest[1];
    }

    private void checkShown(int c) {
        if (c != first && c != second) {
            throw new IllegalArgumentException("class " + c + " is neither of the two explained");
        }
    }

    /** b₂[c]. */
    public float bias(int c) {
        return parameters[model.layerOffset(1) + hidden() * classes + c];
    }

    /** The logit the model computes (float32); the shown units + the rest + the bias, to float rounding. */
    public float logit(int c) {
        return logits[c];
    }

    /** softmax of the ten logits. */
    public float probability(int c) {
        return probabilities[c];
    }

    /** h_j = relu(x·W₁[:, j] + b₁[j]) of unit {@code unit}. */
    public float activation(int unit) {
        return activations[unit];
    }

    /**
     * The scale the filters are drawn on: the largest |w| of all of W₁, as the Weights tab fits it, so a
     * filter looks here as it does there.
     */
    public double filterScale() {
        return filterScale;
    }

    /** Unit {@code unit}'s filter, W₁[:, j] as ARGB pixels at the data's image shape on {@link #filterScale()}. */
    public int[] filter(int unit) {
        return filter(unit, 1);
    }

    /**
     * Unit {@code unit}'s filter for data of {@code channels} channels, as the Weights tab draws it:
     * for colour data the colour picture of what excites the unit ({@link WeightPicture#COLOUR}).
     */
    public int[] filter(int unit, int channels) {
        return WeightImages.renderColumn(model, parameters, unit, filterScale, channels, WeightPicture.COLOUR);
    }
}
