package org.softmaxlab.inspect;

import org.softmaxlab.data.FashionMnist;
import org.softmaxlab.data.ImageSet;

/**
 * The weight matrix as ten 28×28 images, one per class, in a diverging colour map: red where a
 * bright pixel raises the class's logit, blue where it lowers it, white at 0. One symmetric scale
 * for all ten, so the templates compare.
 */
public final class WeightImages {

    private static final int CLASSES = FashionMnist.CLASS_COUNT;
    private static final int[] NEGATIVE = {33, 102, 172};   // blue
    private static final int[] POSITIVE = {178, 24, 43};    // red

    private WeightImages() {
    }

    /**
     * @param parameters [785 × 10] row-major, bias row last (as SoftmaxRegression stores them)
     * @return ten arrays of 784 ARGB pixels, row-major
     */
    public static int[][] render(float[] parameters) {
        double scale = 0;
        for (int i = 0; i < ImageSet.PIXELS * CLASSES; i++) {
            if (Float.isFinite(parameters[i])) {
                scale = Math.max(scale, Math.abs(parameters[i]));
            }
        }
        int[][] images = new int[CLASSES][ImageSet.PIXELS];
        for (int c = 0; c < CLASSES; c++) {
            for (int p = 0; p < ImageSet.PIXELS; p++) {
                images[c][p] = color(parameters[p * CLASSES + c], scale);
            }
        }
        return images;
    }

    /** The ARGB colour of weight {@code w} on a scale of ±{@code scale}; NaN and ±inf show as black. */
    public static int color(double w, double scale) {
        if (!Double.isFinite(w)) {
            return 0xFF000000;
        }
        double t = scale == 0 ? 0 : Math.max(-1, Math.min(1, w / scale));
        int[] end = t < 0 ? NEGATIVE : POSITIVE;
        double a = Math.abs(t);
        int r = (int) Math.round(255 + (end[0] - 255) * a);
        int g = (int) Math.round(255 + (end[1] - 255) * a);
        int b = (int) Math.round(255 + (end[2] - 255) * a);
        return 0xFF000000 | (r << 16) | (g << 8) | b;
    }
}
