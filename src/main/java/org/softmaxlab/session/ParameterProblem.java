package org.softmaxlab.session;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.softmaxlab.data.FashionMnist;
import org.softmaxlab.data.ImageSet;

/**
 * What is wrong with the parameters a model file holds or would hold, as the numbers an explanation
 * names: the window says it in its language, with the class named as it names classes;
 * {@link #toString()} says it in English.
 *
 * @param kind       the wrong count, or which first parameter is not a finite number
 * @param count      how many parameters there are ({@link Kind#WRONG_COUNT}), or how many are not finite
 * @param firstIndex the index of the first parameter that is not finite; -1 for {@link Kind#WRONG_COUNT}
 */
public record ParameterProblem(Kind kind, int count, int firstIndex) {

    /** What is wrong. Patterns: {0} count, {1} expected count, {2} pixel row or pixel count, {3} pixel
     *  column or class count, {4} class index, {5} class name. */
    public enum Kind {
        WRONG_COUNT("it holds {0,number,#,##0} parameters, but a SoftmaxLab model has {1,number,#,##0} (a weight "
                + "for each of the {2} pixels and a bias, for each of the {3} classes)"),
        NON_FINITE_WEIGHT("{0,number,#,##0} of its {1,number,#,##0} parameters are not finite numbers (NaN or ±∞), "
                + "the first being the weight of pixel (row {2}, column {3}) for class {4} ({5})"),
        NON_FINITE_BIAS("{0,number,#,##0} of its {1,number,#,##0} parameters are not finite numbers (NaN or ±∞), "
                + "the first being the bias of class {4} ({5})");

        private final String pattern;

        Kind(String pattern) {
            this.pattern = pattern;
        }

        /** The English pattern. */
        public String pattern() {
            return pattern;
        }
    }

    /** Rows of the [785 × 10] parameter matrix: one per pixel, then the bias row. */
    static final int ROWS = ImageSet.PIXELS + 1;
    static final int CLASSES = FashionMnist.CLASS_COUNT;
    /** The number of parameters a model has. */
    public static final int COUNT = ROWS * CLASSES;

    public ParameterProblem {
        Objects.requireNonNull(kind, "kind");
    }

    /** The problem with {@code count} parameters, or null when it is {@link #COUNT}. */
    static ParameterProblem ofCount(int count) {
        return count == COUNT ? null : new ParameterProblem(Kind.WRONG_COUNT, count, -1);
    }

    /** Which parameters are NaN or infinite, or null when all are finite numbers. */
    static ParameterProblem ofValues(float[] parameters) {
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
        return new ParameterProblem(first / CLASSES == ROWS - 1 ? Kind.NON_FINITE_BIAS : Kind.NON_FINITE_WEIGHT,
                count, first);
    }

    /** The class of the first non-finite parameter (-1 for a wrong count). */
    public int classIndex() {
        return firstIndex < 0 ? -1 : firstIndex % CLASSES;
    }

    /**
     * The arguments of the kind's pattern but the last, the class name, which each language gives: row
     * and column of the pixel of a weight, or for a wrong count the numbers that make up the right one.
     */
    public Object[] arguments() {
        if (kind == Kind.WRONG_COUNT) {
            return new Object[] {count, COUNT, ImageSet.PIXELS, CLASSES, -1};
        }
        int pixel = firstIndex / CLASSES;
        return new Object[] {count, COUNT, pixel / ImageSet.COLS, pixel % ImageSet.COLS, classIndex()};
    }

    /** In English, e.g. "2 of its 7,850 parameters are not finite numbers (NaN or ±∞), the first being …". */
    @Override
    public String toString() {
        Object[] args = Arrays.copyOf(arguments(), 6);
        args[5] = classIndex() < 0 ? "" : FashionMnist.className(classIndex());
        return new MessageFormat(kind.pattern(), Locale.ROOT).format(args);
    }
}
