package org.softmaxlab.ui.numerics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Numbers as the numerics table shows them: four significant digits, plain between 0.001 and
 * 100,000 and with an exponent outside ("1.4e−45"), and the special values spelled as the lesson
 * names them: inf, −inf, NaN, 0. A real minus sign, so that "−inf" and "−1000" line up.
 */
public final class NumericText {

    private static final char MINUS = '\u2212';

    private NumericText() {
    }

    /** {@code value} as the table shows it. */
    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : MINUS + "inf";
        }
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        String text;
        if (magnitude >= 1e-3 && magnitude < 1e5) {
            text = new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
        } else {
            text = scientific(value);
        }
        return text.replace('-', MINUS);
    }

    /** "1.235e-44" from 1.2345e-44: mantissa without trailing zeros, exponent without padding or "+". */
    private static String scientific(double value) {
        String[] parts = String.format(Locale.ROOT, "%.3e", value).split("e");
        String mantissa = parts[0].contains(".") ? parts[0].replaceAll("0+$", "").replaceAll("\\.$", "") : parts[0];
        int exponent = Integer.parseInt(parts[1]);
        return mantissa + "e" + exponent;
    }
}
