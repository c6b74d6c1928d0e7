package org.softmaxlab.ui.charts;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;
import org.softmaxlab.ui.run.SettingsForm;

/**
 * The loss axis's range and labels. Linear: auto-ranged around the curves, or the 0–2.5 a run
 * starts in (ln 10 ≈ 2.3) while there are none. Logarithmic (the series then hold log10 values, as
 * JavaFX has no log axis): whole decades around the curves, labelled 0.1, 1, 10.
 */
final class LossAxisScale {

    private static final StringConverter<Number> DECADES = new StringConverter<>() {
        @Override
        public String toString(Number exponent) {
            return SettingsForm.formatDecimal(Math.pow(10, exponent.doubleValue()));
        }

        @Override
        public Number fromString(String text) {
            throw new UnsupportedOperationException("axis labels are not parsed");
        }
    };

    private final NumberAxis axis;
    private final LineChart<Number, Number> chart;
    private final ChartOptions options;

    LossAxisScale(NumberAxis axis, LineChart<Number, Number> chart, ChartOptions options) {
        this.axis = axis;
        this.chart = chart;
        this.options = options;
    }

    /** Fits the axis to the chart's series as they are now; call after they change. */
    void update() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (XYChart.Series<Number, Number> series : chart.getData()) {
            for (XYChart.Data<Number, Number> item : series.getData()) {
                double y = item.getYValue().doubleValue();
                min = Math.min(min, y);
                max = Math.max(max, y);
            }
        }
        boolean empty = min > max;
        if (options.logLossProperty().get()) {
            double lower = empty ? -1 : Math.floor(min);
            double upper = empty ? 1 : Math.max(Math.ceil(max), lower + 1);
            fix(lower, upper, 1);
            axis.setTickLabelFormatter(DECADES);
        } else {
            axis.setTickLabelFormatter(null);
            if (empty) {
                fix(0, 2.5, 0.5);
            } else {
                axis.setAutoRanging(true);
            }
        }
    }

    private void fix(double lower, double upper, double tick) {
        axis.setAutoRanging(false);
        axis.setLowerBound(lower);
        axis.setUpperBound(upper);
        axis.setTickUnit(tick);
    }
}
