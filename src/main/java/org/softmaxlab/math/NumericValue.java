package org.softmaxlab.math;

/**
 * One number of the numerics lesson, with what is special about it and why.
 *
 * @param value  the value as computed (a float32 result widened to double)
 * @param kind   whether it is an ordinary number or one of the values the lesson highlights
 * @param reason how the special value arose; {@link NumericReason#NONE} for ordinary numbers
 */
public record NumericValue(double value, Kind kind, NumericReason reason) {

    /** The values worth highlighting. */
    public enum Kind { FINITE, ZERO, POSITIVE_INFINITY, NEGATIVE_INFINITY, NAN }

    /** Classifies {@code value}; ZERO only where an exact 0 is a symptom (underflow), not for a real 0. */
    static Kind kindOf(double value) {
        if (Double.isNaN(value)) {
            return Kind.NAN;
        }
        if (value == Double.POSITIVE_INFINITY) {
            return Kind.POSITIVE_INFINITY;
        }
        if (value == Double.NEGATIVE_INFINITY) {
            return Kind.NEGATIVE_INFINITY;
        }
        return value == 0 ? Kind.ZERO : Kind.FINITE;
    }

    public boolean isSpecial() {
        return kind != Kind.FINITE;
    }
}
