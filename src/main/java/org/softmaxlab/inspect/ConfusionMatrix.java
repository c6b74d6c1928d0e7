package org.softmaxlab.inspect;

import java.util.List;
import java.util.Locale;
import org.softmaxlab.train.Evaluation;

/** Counts of (true class, predicted class) pairs over an evaluation, with the views of them people read. */
public final class ConfusionMatrix {

    private final int classes;
    private final int[][] counts;
    private final int[] rowTotals;
    private final int total;

    private ConfusionMatrix(int[][] counts) {
        this.classes = counts.length;
        this.rowTotals = new int[classes];
        this.counts = counts;
        int sum = 0;
        for (int t = 0; t < classes; t++) {
            for (int p = 0; p < classes; p++) {
                rowTotals[t] += counts[t][p];
            }
            sum += rowTotals[t];
        }
        this.total = sum;
    }

    public static ConfusionMatrix of(Evaluation evaluation) {
        return new ConfusionMatrix(evaluation.confusion());
    }

    /** Images of class {@code trueClass} predicted as {@code predictedClass}. */
    public int count(int trueClass, int predictedClass) {
        return counts[trueClass][predictedClass];
    }

    /** The count as a fraction of its row (0 for an empty row), for colouring. */
    public double rowFraction(int trueClass, int predictedClass) {
        return rowTotals[trueClass] == 0 ? 0 : (double) counts[trueClass][predictedClass] / rowTotals[trueClass];
    }

    /** The fraction of class {@code trueClass} classified right (recall). */
    public double classAccuracy(int trueClass) {
        return rowFraction(trueClass, trueClass);
    }

    public int rowTotal(int trueClass) {
        return rowTotals[trueClass];
    }

    public int total() {
        return total;
    }

    public int correct() {
        int sum = 0;
        for (int c = 0; c < classes; c++) {
            sum += counts[c][c];
        }
        return sum;
    }

    /** Misclassified images overall. */
    public int wrong() {
        return total - correct();
    }

    /** K, the number of classes (rows and columns). */
    public int classCount() {
        return classes;
    }

    /**
     * CSV: a header of predicted class names, one row per true class with its counts and accuracy.
     *
     * @param classNames the data set's class names, indexed by label
     */
    public String toCsv(List<String> classNames) {
        if (classNames.size() != classes) {
            throw new IllegalArgumentException(classNames.size() + " class names for " + classes + " classes");
        }
        StringBuilder csv = new StringBuilder("true\\predicted");
        for (String name : classNames) {
            csv.append(',').append(quote(name));
        }
        csv.append(",total,accuracy\n");
        for (int t = 0; t < classes; t++) {
            csv.append(quote(classNames.get(t)));
            for (int p = 0; p < classes; p++) {
                csv.append(',').append(counts[t][p]);
            }
            csv.append(',').append(rowTotals[t]).append(String.format(Locale.ROOT, ",%.4f%n", classAccuracy(t)));
        }
        return csv.toString();
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
