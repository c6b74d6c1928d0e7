package org.softmaxlab.train;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.softmaxlab.math.BatchLoss;
import org.softmaxlab.math.LossFormula;
import org.softmaxlab.math.SoftmaxCrossEntropy;

/** Evaluates a model on one split, reusing its logits buffers between calls. */
final class Evaluator {

    private final DesignMatrix split;
    private final int classes;
    private final int[] labels;
    private final INDArray logits;
    private final float[] logitsHost;
    private Model passModel;
    private ModelPass pass;

    Evaluator(DesignMatrix split, int classes) {
        this.split = split;
        this.classes = classes;
        this.labels = split.labels();
        this.logits = Nd4j.create(DataType.FLOAT, split.size(), classes);
        this.logitsHost = new float[split.size() * classes];
    }

    /** Predictions, probabilities and the stable loss for every row of the split. */
    Evaluation evaluate(Model model) {
        if (model != passModel) {
            pass = model.pass(split.size());
            passModel = model;
        }
        pass.logits(split.inputs(), logits);
        HostAccess.read(logits).get(0, logitsHost);
        int n = split.size();
        float[] probabilities = new float[n * classes];
        int[] predictions = new int[n];
        BatchLoss loss = SoftmaxCrossEntropy.forward(logitsHost, labels, n, classes, LossFormula.STABLE,
                probabilities, predictions);
        // The parameters go with the verdict: the model trains on after an epoch's evaluation, and a
        // look at one image must explain this verdict, not the newer weights.
        return new Evaluation(classes, labels, predictions, probabilities, loss.lossSum() / n, model.parametersCopy());
    }
}
