package org.softmaxlab.ui.charts;

import org.softmaxlab.ui.Messages;

/**
 * How the accuracy axis is ranged and labelled: to the curves, but never narrower than {@value #MIN_SPAN} (ten percentage
 * points) inside 0–100 %, so that a flat curve (the overflow demo's runs at 10 %) does not get ticks a
 * hundredth of a point apart that all read "10%"; and its labels carry as many decimals as its tick
 * unit needs ("12.5%"), so that no two ticks read the same.
 */
final class AccuracyAxisScale {

    /** The narrowest range shown, as a fraction. */
    static final double MIN_SPAN = 0.1;
    private static final String[] PATTERNS = {"chart.percent", "chart.percent.tenths", "chart.percent.hundredths"};

    private AccuracyAxisScale() {
    }

    /** {@code value} as a percentage with the decimals ticks {@code tickUnit} apart need. */
    static String label(double value, double tickUnit) {
        return Messages.format(PATTERNS[decimals(tickUnit)], value);
    }

    /** [lower, upper] holding min..max, at least {@link #MIN_SPAN} wide, inside [0, 1] where the values are. */
    static double[] widened(double min, double max) {
        if (!(min <= max) || Double.isInfinite(min) || Double.isInfinite(max)) {
            return new double[] {0, 1};
        }
        if (max - min >= MIN_SPAN) {
            return new double[] {min, max};
        }
        double lower = (min + max) / 2 - MIN_SPAN / 2;
        double upper = lower + MIN_SPAN;
        if (lower < 0 && min >= 0) {
            upper -= lower;
            lower = 0;
        } else if (upper > 1 && max <= 1) {
            lower -= upper - 1;
            upper = 1;
        }
        return new double[] {lower, upper};
    }

    /** Decimal places a percentage needs for ticks {@code tickUnit} apart: 0.2 → 0, 0.025 → 1, 0.0025 → 2 (at most). */
    static int decimals(double tickUnit) {
        double points = Math.abs(tickUnit) * 100;
        int decimals = 0;
        while (decimals < PATTERNS.length - 1 && Math.abs(points - Math.rint(points)) > 1e-9 * Math.max(1, points)) {
            points *= 10;
            decimals++;
        }
        return decimals;
    }
}
