package org.softmaxlab.ui.runs;

/**
 * One line of the run list, ready to show.
 *
 * @param runId    the run's number in the session
 * @param name     what sets the run apart from every other run of the session ("lr 0.1")
 * @param result   its final test accuracy, or how it ended ("83.1%", "diverged", "training…")
 * @param details  every setting and final metric, and why it ended early (for a tooltip)
 * @param selected whether it is drawn on the charts
 * @param live     whether it is the run the live curves show (always drawn)
 * @param slot     its colour on the charts (0 for the live run), or -1 when it is not drawn
 */
public record RunRow(int runId, String name, String result, String details, boolean selected, boolean live,
                     int slot) {
}
