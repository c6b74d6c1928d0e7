package org.softmaxlab.inspect;

import java.util.Arrays;
import org.softmaxlab.train.Evaluation;

/**
 * Two models' verdicts on the same test set, side by side: which images both get right, only A,
 * only B, or neither, and how each class's accuracy moved from A to B. Works from the predictions
 * alone (10,000 ints per model), so that a finished run need keep no more than those.
 */
public final class RunComparison {

    /** The four cells of the 2×2 table. */
    public enum Cell {
        BOTH_RIGHT, ONLY_A_RIGHT, ONLY_B_RIGHT, BOTH_WRONG;

        static Cell of(boolean aRight, boolean bRight) {
            if (aRight) {
                return bRight ? BOTH_RIGHT : ONLY_A_RIGHT;
            }
            return bRight ? ONLY_B_RIGHT : BOTH_WRONG;
        }
    }

    private final int size;
    private final int[][] indices = new int[Cell.values().length][];
    /** Per class up to the largest label present: a class no image has counts nothing. */
    private final int[] ofClass;
    private final int[] rightA;
    private final int[] rightB;

    /**
     * @param labels       the true class of each test image
     * @param predictionsA model A's predicted class of each image
     * @param predictionsB model B's, of the same images in the same order
     */
    public RunComparison(int[] labels, int[] predictionsA, int[] predictionsB) {
        if (predictionsA.length != labels.length || predictionsB.length != labels.length) {
            throw new IllegalArgumentException("the two models were evaluated on different test sets: "
                    + labels.length + " labels, " + predictionsA.length + " and " + predictionsB.length
                    + " predictions");
        }
        size = labels.length;
        int classes = Arrays.stream(labels).max().orElse(-1) + 1;
        ofClass = new int[classes];
        rightA = new int[classes];
        rightB = new int[classes];
        int[][] found = new int[Cell.values().length][size];
        int[] counts = new int[Cell.values().length];
        for (int i = 0; i < size; i++) {
            int label = labels[i];
            boolean a = predictionsA[i] == label;
            boolean b = predictionsB[i] == label;
            ofClass[label]++;
            rightA[label] += a ? 1 : 0;
            rightB[label] += b ? 1 : 0;
            int cell = Cell.of(a, b).ordinal();
            found[cell][counts[cell]++] = i;
        }
        for (Cell cell : Cell.values()) {
            indices[cell.ordinal()] = Arrays.copyOf(found[cell.ordinal()], counts[cell.ordinal()]);
        }
    }

    /** Compares two evaluations of the same test set. */
    public static RunComparison of(Evaluation a, Evaluation b) {
        int[] labels = labels(a);
        if (!Arrays.equals(labels, labels(b))) {
            throw new IllegalArgumentException("the two evaluations are of different test sets");
        }
        return new RunComparison(labels, predictions(a), predictions(b));
    }

    /** The predicted class of each image of {@code evaluation}: what a finished run keeps for comparing. */
    public static int[] predictions(Evaluation evaluation) {
        int[] p = new int[evaluation.size()];
        Arrays.setAll(p, evaluation::prediction);
        return p;
    }

    private static int[] labels(Evaluation evaluation) {
        int[] l = new int[evaluation.size()];
        Arrays.setAll(l, evaluation::label);
        return l;
    }

    /** How many test images were compared. */
    public int size() {
        return size;
    }

    /** How many images fall in {@code cell}. */
    public int count(Cell cell) {
        return indices[cell.ordinal()].length;
    }

    /** The test indices in {@code cell}, ascending; a copy. */
    public int[] indices(Cell cell) {
        return indices[cell.ordinal()].clone();
    }

    /** A's accuracy over all images. */
    public double accuracyA() {
        return size == 0 ? 0 : (double) (count(Cell.BOTH_RIGHT) + count(Cell.ONLY_A_RIGHT)) / size;
    }

    /** B's accuracy over all images. */
    public double accuracyB() {
        return size == 0 ? 0 : (double) (count(Cell.BOTH_RIGHT) + count(Cell.ONLY_B_RIGHT)) / size;
    }

    /** A's accuracy on images of class {@code cls}; 0 when the test set has none. */
    public double classAccuracyA(int cls) {
        return classCount(cls) == 0 ? 0 : (double) rightA[cls] / ofClass[cls];
    }

    /** B's accuracy on images of class {@code cls}; 0 when the test set has none. */
    public double classAccuracyB(int cls) {
        return classCount(cls) == 0 ? 0 : (double) rightB[cls] / ofClass[cls];
    }

    /** B's accuracy minus A's on class {@code cls}: above 0 the class gained, below 0 it lost. */
    public double classGain(int cls) {
        return classAccuracyB(cls) - classAccuracyA(cls);
    }

    /** How many test images have class {@code cls}. */
    public int classCount(int cls) {
        return cls < ofClass.length ? ofClass[cls] : 0;
    }
}
