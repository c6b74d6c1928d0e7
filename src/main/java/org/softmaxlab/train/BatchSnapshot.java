package org.softmaxlab.train;

import org.softmaxlab.math.LossFormula;

/**
 * A copy of one SGD step's batch as the trainer used it, for a view that opens the step up: the
 * inputs (pixels only, [rows × D] row-major, 0–1, D = {@code model.inputs()}), the labels, the logits
 * the step computed before it descended ([rows × K], K = {@code model.classes()}), the learning rate and the loss formula. The view recomputes
 * softmax, loss and gradient from these with the same {@code math} kernels, so its numbers are the
 * trainer's. Made only when asked for ({@link TrainingControl#requestBatch}); the arrays are the
 * receiver's.
 *
 * @param epoch       1-based epoch of the step, within its run unless {@link #withEpochsBefore} moved it
 * @param batch       1-based batch number within the epoch
 */
public record BatchSnapshot(int epoch, int batch, int rows, float[] inputs, int[] labels, float[] logits,
                            double learningRate, LossFormula lossFormula, ModelSpec model) {

    /** D, the values per image. */
    public int inputWidth() {
        return model.inputs();
    }

    /** K, the classes. */
    public int classCount() {
        return model.classes();
    }

    /**
     * This copy with its epoch counted over the model's whole life: the trainer counts a run's own
     * epochs, but a run that trains a model with {@code epochsBefore} epochs further shows them after
     * those (as the chart's axis and the status bar do). Shares the arrays.
     */
    public BatchSnapshot withEpochsBefore(int epochsBefore) {
        return new BatchSnapshot(epoch + epochsBefore, batch, rows, inputs, labels, logits, learningRate,
                lossFormula, model);
    }
}
