package org.softmaxlab.math;

import org.softmaxlab.io.HasId;

/**
 * How cross-entropy is computed from logits.
 *
 * <p>{@link #STABLE} is what every run uses unless asked otherwise; {@link #NAIVE} exists only to
 * show, in the numerics lesson, why it is not used.
 */
public enum LossFormula implements HasId {
    /** log p_j = o_j − max(o) − log Σ_k exp(o_k − max(o)): finite for any finite logits. */
    STABLE("stable"),
    /** log(exp(o_j) / Σ_k exp(o_k)): overflows in exp, or takes log(0) after underflow. */
    NAIVE("naive");

    private final String id;

    LossFormula(String id) {
        this.id = id;
    }

    /** The short name used on the command line and in saved settings. */
    @Override
    public String id() {
        return id;
    }

    /** The formula named {@code id} ("stable" or "naive", case-insensitive). */
    public static LossFormula fromId(String id) {
        return HasId.fromId(values(), id.trim(), "loss formula");
    }
}
