package org.softmaxlab.inspect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import org.softmaxlab.train.Evaluation;

/** The gallery's order agrees with what its tiles show: the probability of the predicted class. */
class GalleryQueryTest {

    /** Ten probabilities with {@code pTrue} on class {@code truth}, {@code pPredicted} on {@code predicted}, the rest spread. */
    private static float[] row(int truth, float pTrue, int predicted, float pPredicted) {
        float[] p = new float[10];
        float rest = (1 - pTrue - pPredicted) / 8;
        for (int c = 0; c < 10; c++) {
            p[c] = c == truth ? pTrue : c == predicted ? pPredicted : rest;
        }
        return p;
    }

    @Test
    void mostConfidentlyWrongComesFirstByTheProbabilityTheTileShows() {
        // Image 0: a coat taken for a shirt at 76 %, the coat's own probability tiny (the higher loss).
        // Image 1: a dress taken for a coat at 99.9 %. Sorted by loss the 76 % tile came first.
        float[] coat = row(4, 0.00001f, 6, 0.76f);
        float[] dress = row(3, 0.0005f, 4, 0.999f);
        float[] probabilities = new float[20];
        System.arraycopy(coat, 0, probabilities, 0, 10);
        System.arraycopy(dress, 0, probabilities, 10, 10);
        Evaluation evaluation = new Evaluation(10, new int[] {4, 3}, new int[] {6, 4}, probabilities, 1);
        assertArrayEquals(new int[] {1, 0}, GalleryQuery.ALL_WRONG.select(evaluation));
    }

    @Test
    void correctImagesComeLeastConfidentFirst() {
        float[] sure = row(2, 0.95f, 2, 0.95f);
        float[] unsure = row(2, 0.4f, 2, 0.4f);
        float[] probabilities = new float[20];
        System.arraycopy(sure, 0, probabilities, 0, 10);
        System.arraycopy(unsure, 0, probabilities, 10, 10);
        Evaluation evaluation = new Evaluation(10, new int[] {2, 2}, new int[] {2, 2}, probabilities, 1);
        GalleryQuery diagonal = new GalleryQuery(2, 2, GallerySort.MOST_CONFIDENTLY_WRONG);
        assertArrayEquals(new int[] {1, 0}, diagonal.select(evaluation));
    }
}
