package org.softmaxlab.math;

/**
 * Softmax, log-softmax and cross-entropy on single logit vectors, in float32 and float64, in both
 * the naive and the stable form.
 *
 * <p>These are the reference definitions: the numerics view shows them side by side, and the tests
 * hold the batched ND4J kernel ({@link SoftmaxCrossEntropy}) against them. The float variants
 * compute every step in float32, so they overflow where a float32 network would (exp(x) for
 * x &gt; ≈ 88.72).
 */
public final class Softmax {

    private Softmax() {
    }

    /** exp(o) / Σ exp(o), computed as written: overflows for large logits. */
    public static double[] naive(double[] logits) {
        double[] e = new double[logits.length];
        double sum = 0;
        for (int i = 0; i < logits.length; i++) {
            e[i] = Math.exp(logits[i]);
            sum += e[i];
        }
        for (int i = 0; i < e.length; i++) {
            e[i] /= sum;
        }
        return e;
    }

    /** exp(o − max o) / Σ exp(o − max o): never overflows; small entries may underflow to 0. */
    public static double[] stable(double[] logits) {
        double max = max(logits);
        double[] e = new double[logits.length];
        double sum = 0;
        for (int i = 0; i < logits.length; i++) {
            e[i] = Math.exp(logits[i] - max);
            sum += e[i];
        }
        for (int i = 0; i < e.length; i++) {
            e[i] /= sum;
        }
        return e;
    }

    /** log(softmax(o)) taken from the naive softmax: −inf after underflow, NaN after overflow. */
    public static double[] naiveLog(double[] logits) {
        double[] p = naive(logits);
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.log(p[i]);
        }
        return p;
    }

    /** o − max(o) − log Σ exp(o − max(o)): finite for every finite input. */
    public static double[] stableLog(double[] logits) {
        double max = max(logits);
        double sum = 0;
        for (double o : logits) {
            sum += Math.exp(o - max);
        }
        double lse = Math.log(sum);
        double[] out = new double[logits.length];
        for (int i = 0; i < logits.length; i++) {
            out[i] = logits[i] - max - lse;
        }
        return out;
    }

    /** float32 {@link #naive(double[])}: every step rounded to float, so exp overflows above ≈ 88.72. */
    public static float[] naive(float[] logits) {
        float[] e = new float[logits.length];
        float sum = 0f;
        for (int i = 0; i < logits.length; i++) {
            e[i] = (float) Math.exp(logits[i]);
            sum += e[i];
        }
        for (int i = 0; i < e.length; i++) {
            e[i] /= sum;
        }
        return e;
    }

    /** float32 {@link #stable(double[])}. */
    public static float[] stable(float[] logits) {
        float max = max(logits);
        float[] e = new float[logits.length];
        float sum = 0f;
        for (int i = 0; i < logits.length; i++) {
            e[i] = (float) Math.exp(logits[i] - max);
            sum += e[i];
        }
        for (int i = 0; i < e.length; i++) {
            e[i] /= sum;
        }
        return e;
    }

    /** float32 {@link #naiveLog(double[])}. */
    public static float[] naiveLog(float[] logits) {
        float[] p = naive(logits);
        for (int i = 0; i < p.length; i++) {
            p[i] = (float) Math.log(p[i]);
        }
        return p;
    }

    /** float32 {@link #stableLog(double[])}. */
    public static float[] stableLog(float[] logits) {
        float max = max(logits);
        float sum = 0f;
        for (float o : logits) {
            sum += (float) Math.exp(o - max);
        }
        float lse = (float) Math.log(sum);
        float[] out = new float[logits.length];
        for (int i = 0; i < logits.length; i++) {
            out[i] = logits[i] - max - lse;
        }
        return out;
    }

    /** Cross-entropy −log p_y from a log-probability vector. */
    public static double crossEntropy(double[] logProbabilities, int trueClass) {
        return -logProbabilities[trueClass];
    }

    /** Cross-entropy −log p_y from a float32 log-probability vector. */
    public static float crossEntropy(float[] logProbabilities, int trueClass) {
        return -logProbabilities[trueClass];
    }

    /** Cross-entropy of logits with the chosen formula, in float64. */
    public static double crossEntropy(double[] logits, int trueClass, LossFormula formula) {
        double[] logP = formula == LossFormula.STABLE ? stableLog(logits) : naiveLog(logits);
        return crossEntropy(logP, trueClass);
    }

    /** Cross-entropy of logits with the chosen formula, in float32. */
    public static float crossEntropy(float[] logits, int trueClass, LossFormula formula) {
        float[] logP = formula == LossFormula.STABLE ? stableLog(logits) : naiveLog(logits);
        return crossEntropy(logP, trueClass);
    }

    private static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }

    private static float max(float[] v) {
        float m = Float.NEGATIVE_INFINITY;
        for (float x : v) {
            m = Math.max(m, x);
        }
        return m;
    }
}
