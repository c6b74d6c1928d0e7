package org.softmaxlab.ui.charts;

import java.util.List;
import java.util.function.UnaryOperator;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.softmaxlab.ui.run.ChartPoint;

/**
 * How the charts draw their curves: smoothing of the train curves (off by default) and a log scale
 * for the loss axis (off by default). Options only change the drawing, never the recorded values.
 */
public final class ChartOptions {

    /** The strongest smoothing offered: heavier would lag the curve by tens of samples. */
    public static final double MAX_SMOOTHING = 0.95;

    private final DoubleProperty smoothing = new SimpleDoubleProperty(this, "smoothing", 0);
    private final BooleanProperty logLoss = new SimpleBooleanProperty(this, "logLoss", false);
    private final BooleanProperty fitEpochs = new SimpleBooleanProperty(this, "fitEpochs", false);

    /** Weight of the past in the moving average of the train curves, 0 (off) to {@value #MAX_SMOOTHING}. */
    public DoubleProperty smoothingProperty() {
        return smoothing;
    }

    /** Whether the epoch axis ends where the shortest drawn run ends (off: where the longest does). */
    public BooleanProperty fitEpochsProperty() {
        return fitEpochs;
    }

    /** Whether the loss axis is logarithmic. */
    public BooleanProperty logLossProperty() {
        return logLoss;
    }

    /** What a train loss curve is drawn as, under the options at the time of the call. */
    public UnaryOperator<List<ChartPoint>> trainLoss() {
        return points -> CurveTransform.apply(points, clampedSmoothing(), logLoss.get());
    }

    /** What a train accuracy curve is drawn as. */
    public UnaryOperator<List<ChartPoint>> trainAccuracy() {
        return points -> CurveTransform.smooth(points, clampedSmoothing());
    }

    /** Test accuracy: one point an epoch, already an average over 10,000 images, drawn as it is. */
    public UnaryOperator<List<ChartPoint>> testAccuracy() {
        return UnaryOperator.identity();
    }

    /** The properties whose change calls for a redraw. */
    public Observable[] dependencies() {
        return new Observable[] {smoothing, logLoss};
    }

    private double clampedSmoothing() {
        return Math.max(0, Math.min(MAX_SMOOTHING, smoothing.get()));
    }
}
