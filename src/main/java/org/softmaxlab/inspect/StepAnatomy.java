package org.softmaxlab.inspect;

import java.util.Arrays;
import java.util.Objects;
import org.softmaxlab.math.LossFormula;
import org.softmaxlab.math.NumericReason;
import org.softmaxlab.math.NumericValue;
import org.softmaxlab.math.NumericsComparison;
import org.softmaxlab.math.Precision;
import org.softmaxlab.math.Softmax;
import org.softmaxlab.math.SoftmaxCrossEntropy;
import org.softmaxlab.math.SoftmaxVariant;
import org.softmaxlab.train.BatchSnapshot;

/**
 * One SGD step opened up, for one image of its batch: the logits o, m = max(o), o − m, the exponents
 * (exp(o − m) for the stable formula, exp(o) for the naive one) and their sum, p = softmax(o),
 * −log p_true and the gradient p − y, all in float32 by the trainer's own kernels
 * ({@link Softmax#crossEntropyRow}, {@link SoftmaxCrossEntropy}), each special value explained as the
 * Numerics tab explains it; and the change the step makes to the weights of two classes,
 * −(lr/B)(p_c − y_c)·x for the image and summed over the batch.
 */
public final class StepAnatomy {

    private final int classes;
    private final int inputs;
    private final BatchSnapshot batch;
    private final int row;
    private final float[] probabilities;
    private final float[] rowLosses;
    private final int[] predictions;

    private StepAnatomy(BatchSnapshot batch, int row, float[] probabilities, float[] rowLosses, int[] predictions) {
        this.batch = batch;
        this.classes = batch.classCount();
        this.inputs = batch.inputWidth();
        this.row = row;
        this.probabilities = probabilities;
        this.rowLosses = rowLosses;
        this.predictions = predictions;
    }

    /** The step of {@code batch}, opened at {@code row}. */
    public static StepAnatomy of(BatchSnapshot batch, int row) {
        Objects.requireNonNull(batch, "batch");
        if (row < 0 || row >= batch.rows()) {
            throw new IllegalArgumentException("row " + row + " is not in a batch of " + batch.rows());
        }
        int n = batch.rows();
        int C = batch.classCount();
        float[] p = new float[n * C];
        int[] predicted = new int[n];
        SoftmaxCrossEntropy.forward(batch.logits(), batch.labels(), n, C, batch.lossFormula(), p, predicted);
        float[] losses = new float[n];
        float[] scratch = new float[C];
        for (int r = 0; r < n; r++) {
            losses[r] = Softmax.crossEntropyRow(batch.logits(), r * C, C, batch.labels()[r], batch.lossFormula(),
                    scratch, 0);
        }
        return new StepAnatomy(batch, row, p, losses, predicted);
    }

    /** The row with the largest loss (NaN counts as largest), the view's default. */
    public static int largestLossRow(BatchSnapshot batch) {
        return of(batch, 0).largestLossRow();
    }

    public int largestLossRow() {
        int best = 0;
        for (int r = 1; r < rowLosses.length; r++) {
            float l = rowLosses[r];
            if (Float.isNaN(l) && !Float.isNaN(rowLosses[best]) || l > rowLosses[best]) {
                best = r;
            }
        }
        return best;
    }

    /** This step opened at another row (sharing the batch's softmax). */
    public StepAnatomy at(int otherRow) {
        if (otherRow < 0 || otherRow >= batch.rows()) {
            throw new IllegalArgumentException("row " + otherRow + " is not in a batch of " + batch.rows());
        }
        return new StepAnatomy(batch, otherRow, probabilities, rowLosses, predictions);
    }

    public BatchSnapshot batch() {
        return batch;
    }

    public int row() {
        return row;
    }

    public int trueClass() {
        return batch.labels()[row];
    }

    public int predictedClass() {
        return predictions[row];
    }

    /** The loss of each row of the batch, as the trainer's kernel computes it. */
    public float loss(int r) {
        return rowLosses[r];
    }

    /** The image's D pixels, 0–1. */
    public float[] pixels() {
        return Arrays.copyOfRange(batch.inputs(), row * inputs, (row + 1) * inputs);
    }

    public float logit(int c) {
        return batch.logits()[row * classes + c];
    }

    public float max() {
        float m = Float.NEGATIVE_INFINITY;
        for (int c = 0; c < classes; c++) {
            m = Math.max(m, logit(c));
        }
        return m;
    }

    /** o_c − m, in float as the stable kernel computes it. */
    public float shifted(int c) {
        return logit(c) - max();
    }

    /** What the formula exponentiates: exp(o − m) (stable) or exp(o) (naive), in float, explained. */
    public NumericValue exponent(int c) {
        boolean stable = batch.lossFormula() == LossFormula.STABLE;
        float e = (float) Math.exp(stable ? logit(c) - max() : logit(c));
        NumericReason reason = NumericReason.NONE;
        if (e == Float.POSITIVE_INFINITY) {
            reason = new NumericReason(NumericReason.Code.OVERFLOW, logit(c), Precision.FLOAT32.expLimit());
        } else if (e == 0f) {
            reason = stable ? new NumericReason(NumericReason.Code.SHIFTED_UNDERFLOW_ZERO, shifted(c), Double.NaN)
                    : new NumericReason(NumericReason.Code.UNDERFLOW_ZERO, logit(c), Double.NaN);
        }
        return new NumericValue(e, kind(e), reason);
    }

    /** Σ of the exponents, summed in float in the kernel's order. */
    public NumericValue exponentSum() {
        float sum = 0f;
        for (int c = 0; c < classes; c++) {
            sum += (float) exponent(c).value();
        }
        NumericReason reason = sum == Float.POSITIVE_INFINITY
                ? new NumericReason(NumericReason.Code.OVERFLOW, max(), Precision.FLOAT32.expLimit())
                : NumericReason.NONE;
        return new NumericValue(sum, kind(sum) == NumericValue.Kind.ZERO ? NumericValue.Kind.ZERO : kind(sum), reason);
    }

    /** p_c = softmax(o)_c as the trainer computed it, with the Numerics tab's reason when special. */
    public NumericValue probability(int c) {
        float p = probabilities[row * classes + c];
        NumericReason reason = explained() == null ? NumericReason.NONE
                : explained().value(Precision.FLOAT32, batch.lossFormula() == LossFormula.STABLE
                ? SoftmaxVariant.STABLE_SOFTMAX : SoftmaxVariant.NAIVE_SOFTMAX, c).reason();
        return new NumericValue(p, kind(p), kind(p) == NumericValue.Kind.FINITE ? NumericReason.NONE : reason);
    }

    /** −log p_true as the batch's formula computes it (stable: m + log Σ exp(o − m) − o_y). */
    public NumericValue loss() {
        float l = rowLosses[row];
        NumericReason reason = explained() == null || kind(l) == NumericValue.Kind.FINITE ? NumericReason.NONE
                : explained().crossEntropy(Precision.FLOAT32, batch.lossFormula()).reason();
        NumericValue.Kind k = kind(l) == NumericValue.Kind.ZERO ? NumericValue.Kind.FINITE : kind(l);
        return new NumericValue(l, k, reason);
    }

    /** ∂loss/∂o_c = p_c − y_c, as the trainer's gradient kernel leaves it. */
    public float gradient(int c) {
        return probabilities[row * classes + c] - (c == trueClass() ? 1f : 0f);
    }

    /** −(lr/B)(p_c − y_c)·x: what this image adds to class {@code c}'s D weights in this step. */
    public float[] imageDelta(int c) {
        float[] x = pixels();
        double step = -batch.learningRate() / batch.rows() * gradient(c);
        float[] out = new float[inputs];
        for (int j = 0; j < inputs; j++) {
            out[j] = (float) (step * x[j]);
        }
        return out;
    }

    /** −(lr/B) Σ_rows (p_c − y_c)·x: the whole batch's change to class {@code c}'s D weights. */
    public float[] batchDelta(int c) {
        double[] sum = new double[inputs];
        float[] x = batch.inputs();
        for (int r = 0; r < batch.rows(); r++) {
            float g = probabilities[r * classes + c] - (c == batch.labels()[r] ? 1f : 0f);
            for (int j = 0; j < inputs; j++) {
                sum[j] += g * x[r * inputs + j];
            }
        }
        double step = -batch.learningRate() / batch.rows();
        float[] out = new float[inputs];
        for (int j = 0; j < inputs; j++) {
            out[j] = (float) (step * sum[j]);
        }
        return out;
    }

    private NumericsComparison explainedCache;
    private boolean explainedTried;

    /** The Numerics lesson of this row's logits, for its reasons; null when a logit is not finite. */
    private NumericsComparison explained() {
        if (!explainedTried) {
            explainedTried = true;
            double[] o = new double[classes];
            boolean finite = true;
            for (int c = 0; c < classes; c++) {
                o[c] = logit(c);
                finite &= Double.isFinite(o[c]);
            }
            explainedCache = finite ? NumericsComparison.of(o, trueClass()) : null;
        }
        return explainedCache;
    }

    private static NumericValue.Kind kind(double v) {
        if (Double.isNaN(v)) {
            return NumericValue.Kind.NAN;
        }
        if (v == Double.POSITIVE_INFINITY) {
            return NumericValue.Kind.POSITIVE_INFINITY;
        }
        if (v == Double.NEGATIVE_INFINITY) {
            return NumericValue.Kind.NEGATIVE_INFINITY;
        }
        return v == 0 ? NumericValue.Kind.ZERO : NumericValue.Kind.FINITE;
    }
}
