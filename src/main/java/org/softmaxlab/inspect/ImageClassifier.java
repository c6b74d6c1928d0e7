package org.softmaxlab.inspect;

import org.softmaxlab.data.FashionMnist;
import org.softmaxlab.data.ImageSet;
import org.softmaxlab.math.Softmax;

/**
 * Classifies single 28×28 images with a copy of a model's parameters, on the host: one image is
 * 7,850 multiply-adds, less than an ND4J call costs. Probabilities come from the same stable
 * softmax the trainer uses.
 */
public final class ImageClassifier {

    private static final int CLASSES = FashionMnist.CLASS_COUNT;

    private final float[] parameters;

    /** @param parameters [785 × 10] row-major, bias row last */
    public ImageClassifier(float[] parameters) {
        if (parameters.length != (ImageSet.PIXELS + 1) * CLASSES) {
            throw new IllegalArgumentException("expected 7850 parameters, got " + parameters.length);
        }
        this.parameters = parameters.clone();
    }

    /** The ten class probabilities of {@code pixels} (784 values in [0, 1]). */
    public float[] probabilities(float[] pixels) {
        float[] logits = logits(pixels);
        float[] probabilities = new float[CLASSES];
        Softmax.stableRow(logits, 0, CLASSES, probabilities, 0);
        return probabilities;
    }

    /** The ten logits o = Wᵀx + b of {@code pixels} (784 values in [0, 1]). */
    public float[] logits(float[] pixels) {
        if (pixels.length != ImageSet.PIXELS) {
            throw new IllegalArgumentException("expected 784 pixels, got " + pixels.length);
        }
        float[] logits = new float[CLASSES];
        System.arraycopy(parameters, ImageSet.PIXELS * CLASSES, logits, 0, CLASSES);
        for (int p = 0; p < ImageSet.PIXELS; p++) {
            float x = pixels[p];
            if (x != 0f) {
                int row = p * CLASSES;
                for (int c = 0; c < CLASSES; c++) {
                    logits[c] += x * parameters[row + c];
                }
            }
        }
        return logits;
    }
}
