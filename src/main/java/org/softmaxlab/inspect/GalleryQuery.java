package org.softmaxlab.inspect;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.softmaxlab.train.Evaluation;

/**
 * Which test images the gallery shows: the misclassified ones, optionally only of one true class
 * and/or one predicted class, in a chosen order. Asking for the same true and predicted class (a
 * confusion-matrix diagonal cell) shows that class's correctly classified images instead.
 *
 * @param trueClass      0–9, or {@link #ANY}
 * @param predictedClass 0–9, or {@link #ANY}
 * @param sort           the order
 */
public record GalleryQuery(int trueClass, int predictedClass, GallerySort sort) {

    public static final int ANY = -1;

    /** Every misclassified image, most confidently wrong first. */
    public static final GalleryQuery ALL_WRONG = new GalleryQuery(ANY, ANY, GallerySort.MOST_CONFIDENTLY_WRONG);

    public GalleryQuery {
        checkClass(trueClass, "true class");
        checkClass(predictedClass, "predicted class");
    }

    public GalleryQuery withTrueClass(int value) {
        return new GalleryQuery(value, predictedClass, sort);
    }

    public GalleryQuery withPredictedClass(int value) {
        return new GalleryQuery(trueClass, value, sort);
    }

    public GalleryQuery withSort(GallerySort value) {
        return new GalleryQuery(trueClass, predictedClass, value);
    }

    /** Whether this asks for correctly classified images (a diagonal cell). */
    public boolean showsCorrect() {
        return trueClass != ANY && trueClass == predictedClass;
    }

    /** The matching image indices of {@code evaluation}, in this query's order. */
    public int[] select(Evaluation evaluation) {
        return sorted(evaluation, IntStream.range(0, evaluation.size()).filter(i -> matches(evaluation, i)));
    }

    /**
     * Of the test images {@code among} (a cell of a {@link RunComparison}), those of this query's true
     * and predicted class as {@code evaluation} sees them, right or wrong, in this query's order.
     */
    public int[] selectAmong(Evaluation evaluation, int[] among) {
        return sorted(evaluation, IntStream.of(among).filter(i -> (trueClass == ANY || evaluation.label(i) == trueClass)
                && (predictedClass == ANY || evaluation.prediction(i) == predictedClass)));
    }

    private int[] sorted(Evaluation evaluation, IntStream matches) {
        if (sort == GallerySort.TEST_INDEX) {
            return matches.toArray();
        }
        Integer[] boxed = matches.boxed().toArray(Integer[]::new);
        // By what the tiles show, p(predicted): a mistake the model was surest of first, then right answers
        // it was least sure of. Sorted by the loss, "Coat 76 %" came before "Dress 100 %" (issue 21).
        Arrays.sort(boxed, Comparator.comparingDouble((Integer i) -> evaluation.isCorrect(i)
                        ? evaluation.probability(i, evaluation.label(i))
                        : -1 - evaluation.probability(i, evaluation.prediction(i)))
                .thenComparingInt(i -> i));
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }

    private boolean matches(Evaluation e, int i) {
        boolean wanted = showsCorrect() ? e.isCorrect(i) : !e.isCorrect(i);
        return wanted && (trueClass == ANY || e.label(i) == trueClass)
                && (predictedClass == ANY || e.prediction(i) == predictedClass);
    }

    private static void checkClass(int cls, String what) {
        if (cls != ANY && cls < 0) {
            throw new IllegalArgumentException(what + " must be a class (0 or more) or ANY, was " + cls);
        }
    }
}
