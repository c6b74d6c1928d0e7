package org.softmaxlab.train;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.softmaxlab.data.FashionMnist;
import org.softmaxlab.math.BatchLoss;
import org.softmaxlab.math.LossFormula;
import org.softmaxlab.math.SoftmaxCrossEntropy;

/** Evaluates a model on one split, reusing its output buffers between calls. */
final class Evaluator {

    private final DesignMatrix split;
    private final INDArray logits;
    private final INDArray probabilities;

    Evaluator(DesignMatrix split) {
        this.split = split;
        long[] shape = {split.size(), FashionMnist.CLASS_COUNT};
        this.logits = Nd4j.createUninitialized(DataType.FLOAT, shape, 'c');
        this.probabilities = Nd4j.createUninitialized(DataType.FLOAT, shape, 'c');
    }

    /** Predictions, probabilities and the stable loss for every row of the split. */
    Evaluation evaluate(SoftmaxRegression model) {
        model.logits(split.inputs(), logits);
        BatchLoss loss = SoftmaxCrossEntropy.lossAndGradient(logits, split.targets(), probabilities, LossFormula.STABLE);
        probabilities.addi(split.targets()); // the gradient is softmax − targets
        int[] predictions = Nd4j.argMax(logits, 1).toIntVector();
        return new Evaluation(split.labels(), predictions, probabilities.data().asFloat(),
                loss.lossSum() / split.size());
    }
}
