package org.softmaxlab.session;

import java.util.Locale;
import org.softmaxlab.data.FashionMnist;
import org.softmaxlab.data.ImageSet;

/** Describes the parameters of a softmax regression that a model file can hold, and what is wrong with them. */
final class ParameterCheck {

    /** Rows of the [785 × 10] parameter matrix: one per pixel, then the bias row. */
    static final int ROWS = ImageSet.PIXELS + 1;
    static final int CLASSES = FashionMnist.CLASS_COUNT;
    static final int COUNT = ROWS * CLASSES;

    private ParameterCheck() {
    }

    /** What is wrong with the number of parameters, or null when it is {@link #COUNT}. */
    static String countProblem(int count) {
        if (count == COUNT) {
            return null;
        }
        return String.format(Locale.ROOT, "it holds %,d parameters, but a SoftmaxLab model has %,d "
                + "(a weight for each of the %d pixels and a bias, for each of the %d classes)",
                count, COUNT, ImageSet.PIXELS, CLASSES);
    }

    /** Which parameters are NaN or infinite, or null when all are finite numbers. */
    static String nonFiniteProblem(float[] parameters) {
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
        if (count == 0) {
            return null;
        }
        return String.format(Locale.ROOT, "%,d of its %,d parameters are not finite numbers (NaN or ±∞), "
                + "the first being %s", count, parameters.length, describe(first));
    }

    /** "the weight of pixel (row 3, column 17) for class 7 (Sneaker)" or "the bias of class 0 (T-shirt/top)". */
    private static String describe(int index) {
        int row = index / CLASSES;
        int label = index % CLASSES;
        String className = "class " + label + " (" + FashionMnist.CLASS_NAMES.get(label) + ")";
        if (row == ROWS - 1) {
            return "the bias of " + className;
        }
        return String.format(Locale.ROOT, "the weight of pixel (row %d, column %d) for %s",
                row / ImageSet.COLS, row % ImageSet.COLS, className);
    }
}
