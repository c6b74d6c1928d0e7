package org.softmaxlab.math;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.conditions.Conditions;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Softmax cross-entropy on a batch of logits, with its gradient, in ND4J: the one implementation
 * the trainer, the evaluation and the tests use.
 *
 * <p>For logits O (rows = examples) and one-hot targets Y it writes softmax(O) − Y, the gradient of
 * the summed cross-entropy with respect to O, and returns the summed loss and the number of rows
 * classified right. The stable form works on O − max(O) row by row and takes the loss as
 * log Σ exp(O − max) − (O − max)_y, so it stays finite for any finite logits; the naive form
 * exponentiates O as it is and takes log of the softmax, and breaks the way the lesson shows.
 * Both forms share everything else.
 */
public final class SoftmaxCrossEntropy {

    private SoftmaxCrossEntropy() {
    }

    /**
     * @param logits  [rows, classes], left unchanged
     * @param targets [rows, classes] one-hot
     * @param out     [rows, classes], receives softmax(logits) − targets
     */
    public static BatchLoss lossAndGradient(INDArray logits, INDArray targets, INDArray out, LossFormula formula) {
        BatchLoss loss = formula == LossFormula.STABLE
                ? stableProbabilities(logits, targets, out)
                : naiveProbabilities(logits, targets, out);
        out.subi(targets);
        return loss;
    }

    /** Writes the stable softmax of {@code logits} into {@code out} (same shape). */
    public static void probabilities(INDArray logits, INDArray out) {
        out.assign(logits);
        out.subiColumnVector(out.max(1));
        Transforms.exp(out, false);
        out.diviColumnVector(out.sum(1));
    }

    private static BatchLoss stableProbabilities(INDArray logits, INDArray targets, INDArray out) {
        out.assign(logits);
        out.subiColumnVector(out.max(1));
        // After the shift every entry is ≤ 0 and a row's maxima are exactly 0: the row is right
        // when its true class is one of them, with no argmax needed.
        INDArray trueShifted = out.mul(targets).sum(1);
        long correct = trueShifted.scan(Conditions.greaterThanOrEqual(0.0)).longValue();
        Transforms.exp(out, false);
        INDArray sums = out.sum(1);
        out.diviColumnVector(sums);
        double logSumExp = Transforms.log(sums, false).sumNumber().doubleValue();
        double lossSum = logSumExp - trueShifted.sumNumber().doubleValue();
        return new BatchLoss(lossSum, correct);
    }

    private static BatchLoss naiveProbabilities(INDArray logits, INDArray targets, INDArray out) {
        out.assign(logits);
        Transforms.exp(out, false);
        out.diviColumnVector(out.sum(1));
        INDArray trueProbability = out.mul(targets).sum(1);
        long correct = trueProbability.sub(out.max(1)).scan(Conditions.greaterThanOrEqual(0.0)).longValue();
        double lossSum = -Transforms.log(trueProbability, false).sumNumber().doubleValue();
        return new BatchLoss(lossSum, correct);
    }
}
