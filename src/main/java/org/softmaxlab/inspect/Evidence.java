package org.softmaxlab.inspect;

import org.softmaxlab.data.FashionMnist;
import org.softmaxlab.data.ImageSet;
import org.softmaxlab.math.Softmax;

/**
 * Why softmax regression predicts what it does for one image: logit_c = Σ_j x_j·W_jc + b_c, so the
 * 784 products x ⊙ W_c (the evidence map of class c) and the bias add up to the logit. For two
 * classes (predicted and true, or best and second best) the maps, their difference (the pixels that
 * tipped the decision), the sums, biases and the ten logits with their softmax.
 */
public final class Evidence {

    private static final int C = FashionMnist.CLASS_COUNT;
    private static final int PIXELS = ImageSet.PIXELS;

    private final float[] parameters;
    private final float[] pixels;
    private final int first;
    private final int second;
    private final float[] logits;
    private final float[] probabilities = new float[C];

    private Evidence(float[] parameters, float[] pixels, int first, int second) {
        this.parameters = parameters;
        this.pixels = pixels.clone();
        this.first = first;
        this.second = second;
        this.logits = new ImageClassifier(parameters).logits(pixels);
        Softmax.stableRow(logits, 0, C, probabilities, 0);
    }

    /** Whether {@code parameters} are softmax regression's ([785 × 10]); the MLP has no such maps. */
    public static boolean isLinear(float[] parameters) {
        return parameters != null && parameters.length == (PIXELS + 1) * C;
    }

    /**
     * @param parameters softmax regression's [785 × 10], bias row last
     * @param pixels     784 values in [0, 1]
     * @param first      the class shown first (the prediction)
     * @param second     the class it is weighed against (the true class, or the second best)
     */
    public static Evidence of(float[] parameters, float[] pixels, int first, int second) {
        if (!isLinear(parameters)) {
            throw new IllegalArgumentException("evidence maps are for softmax regression's 7850 parameters");
        }
        if (pixels.length != PIXELS || first < 0 || first >= C || second < 0 || second >= C) {
            throw new IllegalArgumentException("expected 784 pixels and two classes 0–9");
        }
        return new Evidence(parameters, pixels, first, second);
    }

    /** The two best classes of {@code pixels}: [best, second best]. */
    public static int[] bestTwo(float[] parameters, float[] pixels) {
        float[] o = new ImageClassifier(parameters).logits(pixels);
        int best = Softmax.argMaxRow(o, 0, C);
        int next = best == 0 ? 1 : 0;
        for (int c = 0; c < C; c++) {
            if (c != best && o[c] > o[next]) {
                next = c;
            }
        }
        return new int[] {best, next};
    }

    /**
     * The class to weigh the prediction against: the true class of a mistake, the runner-up of a correct
     * prediction (weighing a class against itself shows "T-shirt/top − T-shirt/top: 0.000" and a blank map).
     */
    public static int against(float[] parameters, float[] pixels, int predicted, int truth) {
        if (predicted != truth) {
            return truth;
        }
        int[] two = bestTwo(parameters, pixels);
        return two[0] == predicted ? two[1] : two[0];
    }

    public int first() {
        return first;
    }

    public int second() {
        return second;
    }

    public float pixel(int j) {
        return pixels[j];
    }

    public float weight(int j, int c) {
        return parameters[j * C + c];
    }

    public float bias(int c) {
        return parameters[PIXELS * C + c];
    }

    /** x_j · W_jc: pixel j's contribution to class c's logit. */
    public double contribution(int j, int c) {
        return (double) pixels[j] * parameters[j * C + c];
    }

    /** The evidence map x ⊙ W_c, 784 values. */
    public float[] map(int c) {
        float[] out = new float[PIXELS];
        for (int j = 0; j < PIXELS; j++) {
            out[j] = (float) contribution(j, c);
        }
        return out;
    }

    /** x ⊙ (W_first − W_second): positive where a pixel pushed towards the first class. */
    public float[] difference() {
        float[] out = new float[PIXELS];
        for (int j = 0; j < PIXELS; j++) {
            out[j] = (float) (contribution(j, first) - contribution(j, second));
        }
        return out;
    }

    /** Σ_j x_j·W_jc, in double. */
    public double evidenceSum(int c) {
        double sum = 0;
        for (int j = 0; j < PIXELS; j++) {
            sum += contribution(j, c);
        }
        return sum;
    }

    /** The logit the model computes (float32, as the classifier does); Σ evidence + b to float rounding. */
    public float logit(int c) {
        return logits[c];
    }

    /** softmax of the ten logits. */
    public float probability(int c) {
        return probabilities[c];
    }

    /** One scale for the three maps: the largest |value| of any of them. */
    public double scale() {
        double scale = 0;
        for (float[] m : new float[][] {map(first), map(second), difference()}) {
            for (float v : m) {
                if (Float.isFinite(v)) {
                    scale = Math.max(scale, Math.abs(v));
                }
            }
        }
        return scale;
    }
}
