package org.softmaxlab.ui.charts;

import java.util.ArrayList;
import java.util.List;
import org.softmaxlab.ui.run.ChartPoint;

/**
 * What the charts draw instead of the raw points, point for point (same count, same epochs):
 * an exponential moving average that calms the noisy train curves, and log10 for a loss axis on a
 * log scale. The hover readout keeps reading the raw points, so its values stay exact.
 */
public final class CurveTransform {

    /** Values at or below zero have no logarithm; a loss this small is drawn at this value instead. */
    static final double SMALLEST_LOG_VALUE = 1e-12;

    private CurveTransform() {
    }

    /**
     * The exponential moving average with weight {@code smoothing} on the past (0 = off, the points
     * as given; 0.9 = heavily smoothed), bias-corrected as TensorBoard does so that the curve does
     * not start at 0: s_t = β·s_(t−1) + (1 − β)·x_t, drawn as s_t / (1 − β^t). Each value depends
     * only on the points before it, so appending points never changes what is drawn already.
     */
    public static List<ChartPoint> smooth(List<ChartPoint> points, double smoothing) {
        if (!(smoothing > 0) || points.isEmpty()) {
            return points;
        }
        double beta = Math.min(smoothing, 0.999);
        List<ChartPoint> out = new ArrayList<>(points.size());
        double average = 0;
        double weight = 1;
        for (ChartPoint point : points) {
            average = beta * average + (1 - beta) * point.value();
            weight *= beta;
            out.add(new ChartPoint(point.epoch(), average / (1 - weight)));
        }
        return out;
    }

    /** log10 of every value, values ≤ 0 drawn at {@value #SMALLEST_LOG_VALUE}. */
    public static List<ChartPoint> log10(List<ChartPoint> points) {
        List<ChartPoint> out = new ArrayList<>(points.size());
        for (ChartPoint point : points) {
            out.add(new ChartPoint(point.epoch(), Math.log10(Math.max(point.value(), SMALLEST_LOG_VALUE))));
        }
        return out;
    }

    /** Smoothing first (on the values a person reads), then the log for the axis. */
    public static List<ChartPoint> apply(List<ChartPoint> points, double smoothing, boolean logarithmic) {
        List<ChartPoint> smoothed = smooth(points, smoothing);
        return logarithmic ? log10(smoothed) : smoothed;
    }
}
