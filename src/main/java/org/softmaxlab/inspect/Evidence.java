package org.softmaxlab.inspect;

import org.softmaxlab.math.Softmax;
import org.softmaxlab.train.ModelSpec;

/**
 * Why softmax regression predicts what it does for one image: logit_c = Σ_j x_j·W_jc + b_c, so the
 * D products x ⊙ W_c (the evidence map of class c, 784 for Fashion-MNIST) and the bias add up to the
 * logit. For two classes (predicted and true, or best and second best) the maps, their difference
 * (the pixels that tipped the decision), the sums, biases and the K logits with their softmax.
 */
public final class Evidence {

    private final int classes;
    private final int inputs;
    private final float[] parameters;
    private final float[] pixels;
    private final int first;
    private final int second;
    private final float[] logits;
    private final float[] probabilities;

    private Evidence(ModelSpec model, float[] parameters, float[] pixels, int first, int second) {
        this.classes = model.classes();
        this.inputs = model.inputs();
        this.probabilities = new float[classes];
        this.parameters = parameters;
        this.pixels = pixels.clone();
        this.first = first;
        this.second = second;
        this.logits = new ImageClassifier(model, parameters).logits(pixels);
        Softmax.stableRow(logits, 0, classes, probabilities, 0);
    }

    /** Whether {@code model} is softmax regression ([(D + 1) × K]); the MLP has no such maps. */
    public static boolean isLinear(ModelSpec model) {
        return model != null && !model.isMlp();
    }

    /**
     * @param model      softmax regression, with its sizes
     * @param parameters softmax regression's [(D + 1) × K], bias row last
     * @param pixels     D values in [0, 1]
     * @param first      the class shown first (the prediction)
     * @param second     the class it is weighed against (the true class, or the second best)
     */
    public static Evidence of(ModelSpec model, float[] parameters, float[] pixels, int first, int second) {
        if (!isLinear(model) || parameters.length != model.parameterCount()) {
            throw new IllegalArgumentException("evidence maps are for softmax regression's "
                    + ModelSpec.SOFTMAX.sizedFor(model.inputs(), model.classes()).parameterCount() + " parameters");
        }
        int c = model.classes();
        if (pixels.length != model.inputs() || first < 0 || first >= c || second < 0 || second >= c) {
            throw new IllegalArgumentException("expected " + model.inputs() + " pixels and two classes 0–" + (c - 1));
        }
        return new Evidence(model, parameters, pixels, first, second);
    }

    /** The two best classes of {@code pixels}: [best, second best]. */
    public static int[] bestTwo(ModelSpec model, float[] parameters, float[] pixels) {
        float[] o = new ImageClassifier(model, parameters).logits(pixels);
        int classes = model.classes();
        int best = Softmax.argMaxRow(o, 0, classes);
        int next = best == 0 ? 1 : 0;
        for (int c = 0; c < classes; c++) {
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
    public static int against(ModelSpec model, float[] parameters, float[] pixels, int predicted, int truth) {
        if (predicted != truth) {
            return truth;
        }
        int[] two = bestTwo(model, parameters, pixels);
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
        return parameters[j * classes + c];
    }

    public float bias(int c) {
        return parameters[inputs * classes + c];
    }

    /** x_j · W_jc: pixel j's contribution to class c's logit. */
    public double contribution(int j, int c) {
        return (double) pixels[j] * parameters[j * classes + c];
    }

    /** The evidence map x ⊙ W_c, D values. */
    public float[] map(int c) {
        float[] out = new float[inputs];
        for (int j = 0; j < inputs; j++) {
            out[j] = (float) contribution(j, c);
        }
        return out;
    }

    /**
     * {@code values} (one per model input) added up over the {@code channels} colour planes: a colour
     * image's evidence per pixel, what its red, green and blue inputs together add to a logit. A
     * grayscale map (one channel) comes back as it is.
     */
    public static float[] perPixel(float[] values, int channels) {
        if (channels < 1 || values.length % channels != 0) {
            throw new IllegalArgumentException(values.length + " values are not " + channels + " planes");
        }
        if (channels == 1) {
            return values;
        }
        int plane = values.length / channels;
        float[] out = new float[plane];
        for (int ch = 0; ch < channels; ch++) {
            for (int p = 0; p < plane; p++) {
                out[p] += values[ch * plane + p];
            }
        }
        return out;
    }

    /** Σ over the {@code channels} planes of x·W_c at pixel {@code location}: the pixel's contribution to class c. */
    public double pixelContribution(int location, int c, int channels) {
        int plane = inputs / channels;
        double sum = 0;
        for (int ch = 0; ch < channels; ch++) {
            sum += contribution(ch * plane + location, c);
        }
        return sum;
    }

    /** x ⊙ (W_first − W_second): positive where a pixel pushed towards the first class. */
    public float[] difference() {
        float[] out = new float[inputs];
        for (int j = 0; j < inputs; j++) {
            out[j] = (float) (contribution(j, first) - contribution(j, second));
        }
        return out;
    }

    /** Σ_j x_j·W_jc, in double. */
    public double evidenceSum(int c) {
        double sum = 0;
        for (int j = 0; j < inputs; j++) {
            sum += contribution(j, c);
        }
        return sum;
    }

    /** The logit the model computes (float32, as the classifier does); Σ evidence + b to float rounding. */
    public float logit(int c) {
        return logits[c];
    }

    /** softmax of the K logits. */
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
