package org.softmaxlab.ui;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * A measured value (a loss) as a person reads it in the window, in the language's digits: "0.523",
 * "12,345.678", and "1.42e9" or "3.1e-5" where plain digits would be a wall of them. Not for files:
 * CSV and logs keep {@link Locale#ROOT} numbers.
 */
public final class ReadableNumber {

    /** Plain digits from here up to {@link #LARGE}; an exponent outside. */
    static final double SMALL = 1e-3;
    static final double LARGE = 1e5;

    private ReadableNumber() {
    }

    /** {@code value} with {@code decimals} decimals, or with three significant digits and an exponent. */
    public static String of(double value, int decimals, Locale locale) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "−∞";
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        double magnitude = Math.abs(value);
        if (magnitude == 0 || (magnitude >= SMALL && magnitude < LARGE)) {
            return new DecimalFormat("#,##0." + "0".repeat(decimals), symbols).format(value);
        }
        symbols.setExponentSeparator("e");
        return new DecimalFormat("0.0#E0", symbols).format(value);
    }

    /** {@link #of(double, int, Locale)} in the language the window speaks. */
    public static String of(double value, int decimals) {
        return of(value, decimals, Messages.language().locale());
    }
}
