package org.softmaxlab.math;

/** The four ways of turning logits into (log-)probabilities that the numerics lesson sets side by side. */
public enum SoftmaxVariant {
    /** exp(o) / Σ exp(o). */
    NAIVE_SOFTMAX(false),
    /** exp(o − max o) / Σ exp(o − max o). */
    STABLE_SOFTMAX(false),
    /** log(exp(o) / Σ exp(o)). */
    NAIVE_LOG_SOFTMAX(true),
    /** o − max(o) − log Σ exp(o − max(o)). */
    STABLE_LOG_SOFTMAX(true);

    private final boolean logarithmic;

    SoftmaxVariant(boolean logarithmic) {
        this.logarithmic = logarithmic;
    }

    /** Whether the values are log-probabilities (≤ 0) rather than probabilities. */
    public boolean isLogarithmic() {
        return logarithmic;
    }

    /** The cross-entropy formula this variant belongs to. */
    public LossFormula formula() {
        return this == NAIVE_SOFTMAX || this == NAIVE_LOG_SOFTMAX ? LossFormula.NAIVE : LossFormula.STABLE;
    }
}
