package org.softmaxlab.ui.gallery;

import org.softmaxlab.train.Evaluation;

/**
 * One tile of the gallery: a test image with what the model said about it.
 *
 * @param index                the test image's position in the test set
 * @param trueClass            its real class
 * @param predictedClass       the class the model chose
 * @param predictedProbability the probability the model gave its choice
 */
public record GalleryItem(int index, int trueClass, int predictedClass, float predictedProbability) {

    /** Image {@code index} as {@code evaluation} sees it. */
    public static GalleryItem of(Evaluation evaluation, int index) {
        int predicted = evaluation.prediction(index);
        return new GalleryItem(index, evaluation.label(index), predicted, evaluation.probability(index, predicted));
    }
}
