package org.softmaxlab.ui.charts;

/**
 * A vertical mark across both charts at a point of the epoch axis, with a short label.
 *
 * @param epoch where on the epoch axis
 * @param text  the label, e.g. "lr 0.1 → 0.01"
 * @param kind  what happened there
 * @param slot  the colour of the run it belongs to (0 for the live run)
 */
public record ChartMarker(double epoch, String text, Kind kind, int slot) {

    /** What a marker marks. */
    public enum Kind {
        /** The learning rate was changed during the run. */
        LEARNING_RATE,
        /** The run's loss or weights stopped being finite numbers here. */
        DIVERGED
    }
}
