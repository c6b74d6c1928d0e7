package org.softmaxlab.session;

import java.math.BigDecimal;

/** Numbers as people write them and as any locale and spreadsheet reads them: "0.1", "1", "0.00001". */
final class PlainNumbers {

    private PlainNumbers() {
    }

    /**
     * The shortest decimal that reads back as {@code value} ({@link Double#toString}'s digits), without an
     * exponent or trailing zeros; "NaN", "Infinity" and "-Infinity" for the rest.
     */
    static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            // BigDecimal would turn −0.0 into "0"; keep the sign, which a diverging run can produce.
            return Double.doubleToRawLongBits(value) == 0 ? "0" : "-0";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
