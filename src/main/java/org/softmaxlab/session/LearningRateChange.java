package org.softmaxlab.session;

/**
 * The learning rate changed during a run (between two stretches of training).
 *
 * @param atEpoch where on the run's epoch axis: points after it were trained with {@code to}
 * @param from    the rate before
 * @param to      the rate after
 */
public record LearningRateChange(double atEpoch, double from, double to) {
}
