package org.softmaxlab.ui.run;

/**
 * One point of a training curve.
 *
 * @param epoch position on the epoch axis (fractional inside an epoch; 1.0 is the end of epoch 1)
 * @param value loss, or accuracy as a fraction 0–1
 */
public record ChartPoint(double epoch, double value) {
}
