package org.softmaxlab.train;

/**
 * The model's verdict on every test image at one moment: the predicted class and all K class
 * probabilities. Immutable; the arrays are never exposed for writing.
 */
public final class Evaluation {

    private final int classes;
    private final int[] labels;
    private final int[] predictions;
    private final float[] probabilities;
    private final double loss;
    /** The parameters that gave these predictions, or null when not known. */
    private final float[] parameters;

    /**
     * An evaluation whose model parameters are not known (predictions from a run's record).
     *
     * @param classes       K, the number of classes
     * @param labels        the true class of each image
     * @param predictions   the predicted class of each image
     * @param probabilities row-major [images × K]
     * @param loss          mean cross-entropy over the images
     */
    public Evaluation(int classes, int[] labels, int[] predictions, float[] probabilities, double loss) {
        this(classes, labels, predictions, probabilities, loss, null);
    }

    /**
     * @param parameters the model's parameters these predictions come from (kept, not copied), so
     *                   that a closer look at one image explains this verdict and not a newer one;
     *                   null when not known
     */
    public Evaluation(int classes, int[] labels, int[] predictions, float[] probabilities, double loss,
                      float[] parameters) {
        if (labels.length != predictions.length || probabilities.length != (long) labels.length * classes) {
            throw new IllegalArgumentException("labels, predictions and probabilities disagree in size");
        }
        this.classes = classes;
        this.labels = labels;
        this.predictions = predictions;
        this.probabilities = probabilities;
        this.loss = loss;
        this.parameters = parameters;
    }

    /**
     * A copy of the parameters of the model at the moment of this evaluation, or null when not
     * known. While a run goes on the model moves away from them; these still give exactly these
     * predictions.
     */
    public float[] parametersCopy() {
        return parameters == null ? null : parameters.clone();
    }

    public int size() {
        return labels.length;
    }

    /** K, the number of classes. */
    public int classCount() {
        return classes;
    }

    public int label(int image) {
        return labels[image];
    }

    public int prediction(int image) {
        return predictions[image];
    }

    public boolean isCorrect(int image) {
        return labels[image] == predictions[image];
    }

    /** The probability the model gives class {@code cls} for image {@code image}. */
    public float probability(int image, int cls) {
        return probabilities[image * classes + cls];
    }

    /** A copy of the K class probabilities of one image. */
    public float[] probabilities(int image) {
        float[] p = new float[classes];
        System.arraycopy(probabilities, image * classes, p, 0, classes);
        return p;
    }

    /** Mean cross-entropy over all images. */
    public double loss() {
        return loss;
    }

    public int correctCount() {
        int correct = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == predictions[i]) {
                correct++;
            }
        }
        return correct;
    }

    public double accuracy() {
        return labels.length == 0 ? 0 : (double) correctCount() / labels.length;
    }

    /** counts[true][predicted]; the entries sum to {@link #size()}. */
    public int[][] confusion() {
        int[][] counts = new int[classes][classes];
        for (int i = 0; i < labels.length; i++) {
            counts[labels[i]][predictions[i]]++;
        }
        return counts;
    }
}
