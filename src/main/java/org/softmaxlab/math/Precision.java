package org.softmaxlab.math;

/** The floating-point formats the numerics lesson compares. */
public enum Precision {
    /** IEEE single precision, what networks train in: exp overflows above ≈ 88.72. */
    FLOAT32,
    /** IEEE double precision: exp overflows above ≈ 709.78. */
    FLOAT64;

    /** The largest x for which exp(x) is finite in this format. */
    public double expLimit() {
        return this == FLOAT32 ? Math.log(Float.MAX_VALUE) : Math.log(Double.MAX_VALUE);
    }
}
