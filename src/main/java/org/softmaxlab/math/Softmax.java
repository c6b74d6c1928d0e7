package org.softmaxlab.math;

/**
 * Softmax, log-softmax and cross-entropy on logit vectors, in float32 and float64, in the naive
 * and in the stable form: the reference definitions of the lesson.
 *
 * <p>The float32 row methods are the trainer's inner loop (through {@link SoftmaxCrossEntropy}) and
 * the numerics view's float32 column alike; they compute every step in float, so they overflow where
 * a float32 network would (exp(x) for x &gt; ≈ 88.72). The float64 methods are the same formulas in
 * double, for the numerics view's second column and as the tests' reference.
 */
public final class Softmax {

    private Softmax() {
    }

    // ---- float32 rows: logits o[off .. off + n), probabilities written to p[pOff .. pOff + n) ----

    /**
     * Stable softmax of one row: p = exp(o − max o) / Σ exp(o − max o).
     *
     * @return log Σ exp(o − max o), so that log p_j = (o_j − max o) − the returned value
     */
    public static float stableRow(float[] o, int off, int n, float[] p, int pOff) {
        float max = max(o, off, n);
        float sum = 0f;
        for (int j = 0; j < n; j++) {
            float e = (float) Math.exp(o[off + j] - max);
            p[pOff + j] = e;
            sum += e;
        }
        for (int j = 0; j < n; j++) {
            p[pOff + j] /= sum;
        }
        return (float) Math.log(sum);
    }

    /** Naive softmax of one row: p = exp(o) / Σ exp(o), overflowing as float32 does. */
    public static void naiveRow(float[] o, int off, int n, float[] p, int pOff) {
        float sum = 0f;
        for (int j = 0; j < n; j++) {
            float e = (float) Math.exp(o[off + j]);
            p[pOff + j] = e;
            sum += e;
        }
        for (int j = 0; j < n; j++) {
            p[pOff + j] /= sum;
        }
    }

    /**
     * Cross-entropy −log p_y of one row, writing its softmax to {@code p}. Stable: log-sum-exp
     * after subtracting the maximum, never log of a probability. Naive: log of the naive softmax.
     */
    public static float crossEntropyRow(float[] o, int off, int n, int y, LossFormula formula, float[] p, int pOff) {
        if (formula == LossFormula.STABLE) {
            float max = max(o, off, n);
            float logSum = stableRow(o, off, n, p, pOff);
            return logSum - (o[off + y] - max);
        }
        naiveRow(o, off, n, p, pOff);
        return -(float) Math.log(p[pOff + y]);
    }

    /** The index of the first largest entry of a row (torch's argmax rule); −1 if all are NaN. */
    public static int argMaxRow(float[] o, int off, int n) {
        int best = -1;
        float max = Float.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            float v = o[off + j];
            if (v > max || (best < 0 && v == max)) {
                max = v;
                best = j;
            }
        }
        return best;
    }

    private static float max(float[] o, int off, int n) {
        float m = Float.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            m = Math.max(m, o[off + j]);
        }
        return m;
    }

    // ---- float32 vectors, for display ----

    /** Naive softmax in float32. */
    public static float[] naive(float[] logits) {
        float[] p = new float[logits.length];
        naiveRow(logits, 0, logits.length, p, 0);
        return p;
    }

    /** Stable softmax in float32. */
    public static float[] stable(float[] logits) {
        float[] p = new float[logits.length];
        stableRow(logits, 0, logits.length, p, 0);
        return p;
    }

    /** log(naive softmax) in float32: −inf after underflow, NaN after overflow. */
    public static float[] naiveLog(float[] logits) {
        float[] p = naive(logits);
        for (int j = 0; j < p.length; j++) {
            p[j] = (float) Math.log(p[j]);
        }
        return p;
    }

    /** Log-sum-exp log-softmax in float32: o − max(o) − log Σ exp(o − max(o)). */
    public static float[] stableLog(float[] logits) {
        float[] p = new float[logits.length];
        float logSum = stableRow(logits, 0, logits.length, p, 0);
        float max = max(logits, 0, logits.length);
        for (int j = 0; j < p.length; j++) {
            p[j] = (logits[j] - max) - logSum;
        }
        return p;
    }

    /** Cross-entropy of logits for class {@code y} in float32 with the chosen formula. */
    public static float crossEntropy(float[] logits, int y, LossFormula formula) {
        return crossEntropyRow(logits, 0, logits.length, y, formula, new float[logits.length], 0);
    }

    // ---- float64 vectors: the same formulas in double ----

    /** Naive softmax in float64: overflows for logits above ≈ 709.78. */
    public static double[] naive(double[] logits) {
        double[] p = new double[logits.length];
        double sum = 0;
        for (int j = 0; j < p.length; j++) {
            p[j] = Math.exp(logits[j]);
            sum += p[j];
        }
        for (int j = 0; j < p.length; j++) {
            p[j] /= sum;
        }
        return p;
    }

    /** Stable softmax in float64. */
    public static double[] stable(double[] logits) {
        double max = max(logits);
        double[] p = new double[logits.length];
        double sum = 0;
        for (int j = 0; j < p.length; j++) {
            p[j] = Math.exp(logits[j] - max);
            sum += p[j];
        }
        for (int j = 0; j < p.length; j++) {
            p[j] /= sum;
        }
        return p;
    }

    /** log(naive softmax) in float64. */
    public static double[] naiveLog(double[] logits) {
        double[] p = naive(logits);
        for (int j = 0; j < p.length; j++) {
            p[j] = Math.log(p[j]);
        }
        return p;
    }

    /** Log-sum-exp log-softmax in float64. */
    public static double[] stableLog(double[] logits) {
        double max = max(logits);
        double sum = 0;
        for (double o : logits) {
            sum += Math.exp(o - max);
        }
        double logSum = Math.log(sum);
        double[] out = new double[logits.length];
        for (int j = 0; j < out.length; j++) {
            out[j] = (logits[j] - max) - logSum;
        }
        return out;
    }

    /** Cross-entropy of logits for class {@code y} in float64 with the chosen formula. */
    public static double crossEntropy(double[] logits, int y, LossFormula formula) {
        double[] logP = formula == LossFormula.STABLE ? stableLog(logits) : naiveLog(logits);
        return -logP[y];
    }

    private static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }
}
