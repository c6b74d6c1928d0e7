package org.softmaxlab.ui.numerics;

import org.softmaxlab.math.NumericValue;
import org.softmaxlab.ui.Styles;

/**
 * One number of the numerics table, ready to show.
 *
 * @param text       the value as the table shows it ("0.09003", "inf", "NaN")
 * @param kind       ordinary, or which special value it is
 * @param styleClass the highlight for a special value, or null for an ordinary one
 * @param reason     how a special value arose (one line, in the language spoken when made), or empty
 */
public record NumericCell(String text, NumericValue.Kind kind, String styleClass, String reason) {

    /** The cell of {@code value}. */
    public static NumericCell of(NumericValue value) {
        return new NumericCell(NumericText.format(value.value()), value.kind(), highlight(value.kind()),
                ReasonText.of(value.reason()));
    }

    /** Whether the cell is highlighted. */
    public boolean isHighlighted() {
        return styleClass != null;
    }

    /** The style class that highlights {@code kind}, or null for an ordinary number. */
    public static String highlight(NumericValue.Kind kind) {
        return switch (kind) {
            case FINITE -> null;
            case ZERO -> Styles.NUMERIC_ZERO;
            case POSITIVE_INFINITY -> Styles.NUMERIC_INF;
            case NEGATIVE_INFINITY -> Styles.NUMERIC_NEG_INF;
            case NAN -> Styles.NUMERIC_NAN;
        };
    }
}
