package org.softmaxlab.math;

/**
 * Softmax cross-entropy on a batch of logits (row-major, one row per example), with everything the
 * trainer and the evaluation need from one pass: the summed loss, how many rows were classified
 * right, each row's probabilities and, on request, the gradient with respect to the logits.
 *
 * <p>Each row goes through {@link Softmax#crossEntropyRow}, so the trainer, the evaluation, the
 * numerics view and the tests share one implementation. Running it on the host beats a chain of
 * small ND4J ops: ten classes per row leave nothing to vectorise, and each native op costs tens of
 * microseconds of call overhead.
 */
public final class SoftmaxCrossEntropy {

    private SoftmaxCrossEntropy() {
    }

    /**
     * @param logits        [rows × classes], left unchanged
     * @param labels        the true class of each row, read from {@code labels[0 .. rows)}
     * @param probabilities [rows × classes], receives each row's softmax
     * @param predictions   receives each row's argmax, or null when not needed
     */
    public static BatchLoss forward(float[] logits, int[] labels, int rows, int classes, LossFormula formula,
                                    float[] probabilities, int[] predictions) {
        double lossSum = 0;
        long correct = 0;
        for (int r = 0; r < rows; r++) {
            int off = r * classes;
            lossSum += Softmax.crossEntropyRow(logits, off, classes, labels[r], formula, probabilities, off);
            int predicted = Softmax.argMaxRow(logits, off, classes);
            if (predicted == labels[r]) {
                correct++;
            }
            if (predictions != null) {
                predictions[r] = predicted;
            }
        }
        return new BatchLoss(lossSum, correct);
    }

    /**
     * Turns probabilities into the gradient of the summed cross-entropy with respect to the logits,
     * softmax(o) − onehot(y), in place.
     */
    public static void probabilitiesToGradient(float[] probabilities, int[] labels, int rows, int classes) {
        for (int r = 0; r < rows; r++) {
            probabilities[r * classes + labels[r]] -= 1f;
        }
    }
}
