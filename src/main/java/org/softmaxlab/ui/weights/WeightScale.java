package org.softmaxlab.ui.weights;

import java.util.List;

/**
 * The scale the weight pictures are coloured on: fitted to each frame's largest weight, fitted once
 * and then held, or a fixed ±value. Held and fixed scales show the weights grow during training.
 *
 * @param kind  how the scale is chosen
 * @param fixed the ±value of a {@link Kind#FIXED} scale, otherwise 0
 */
public record WeightScale(Kind kind, double fixed) {

    /** How the scale is chosen. */
    public enum Kind {
        /** The largest |w| of each new frame: every frame uses the full colour range. */
        PER_FRAME,
        /** The largest |w| when chosen (or at the first frame after), then held. */
        FIT_ONCE,
        /** A fixed ±value. */
        FIXED
    }

    public static final WeightScale PER_FRAME = new WeightScale(Kind.PER_FRAME, 0);
    public static final WeightScale FIT_ONCE = new WeightScale(Kind.FIT_ONCE, 0);

    /** What the Weights tab offers: d2l-sized weights after a few epochs lie around ±0.01 to ±1. */
    public static final List<WeightScale> CHOICES = List.of(PER_FRAME, FIT_ONCE, fixed(0.01), fixed(0.03),
            fixed(0.1), fixed(0.3), fixed(1));

    public WeightScale {
        if (kind == Kind.FIXED ? !(fixed > 0 && Double.isFinite(fixed)) : fixed != 0) {
            throw new IllegalArgumentException("a fixed scale needs a positive value, the others none (was "
                    + kind + ", " + fixed + ")");
        }
    }

    /** A fixed scale of ±{@code value}. */
    public static WeightScale fixed(double value) {
        return new WeightScale(Kind.FIXED, value);
    }
}
