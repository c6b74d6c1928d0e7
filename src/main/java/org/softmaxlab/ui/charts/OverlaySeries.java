package org.softmaxlab.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.scene.chart.XYChart;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.ReadableNumber;
import org.softmaxlab.ui.ViewListeners;
import org.softmaxlab.ui.run.ChartPoint;

/**
 * The compared runs' series in both charts: one train-loss series each in the loss chart, a train
 * and a test accuracy series each in the accuracy chart, always after the live series. Their
 * positions give their colours (see the stylesheet's series rules), so that a run has the same
 * colour in both charts. Rebuilt only when the compared runs change, redrawn when options change.
 */
final class OverlaySeries {

    private final MarkedLineChart lossChart;
    private final MarkedLineChart accuracyChart;
    private final ChartOptions options;
    private final ChartHover lossHover;
    private final ChartHover accuracyHover;
    private final List<XYChart.Series<Number, Number>> lossSeries = new ArrayList<>();
    private final List<XYChart.Series<Number, Number>> accuracySeries = new ArrayList<>();
    private final List<SeriesBinding> bindings = new ArrayList<>();

    OverlaySeries(MarkedLineChart lossChart, MarkedLineChart accuracyChart, ChartOptions options,
                  ChartHover lossHover, ChartHover accuracyHover) {
        this.lossChart = lossChart;
        this.accuracyChart = accuracyChart;
        this.options = options;
        this.lossHover = lossHover;
        this.accuracyHover = accuracyHover;
    }

    /** Draws exactly {@code runs}, replacing the runs drawn before. */
    void show(List<OverlayRun> runs) {
        lossSeries.forEach(lossChart::forget);
        accuracySeries.forEach(accuracyChart::forget);
        lossChart.getData().removeAll(lossSeries);
        accuracyChart.getData().removeAll(accuracySeries);
        lossSeries.clear();
        accuracySeries.clear();
        bindings.clear();
        List<ChartHover.Curve> lossCurves = new ArrayList<>();
        List<ChartHover.Curve> accuracyCurves = new ArrayList<>();
        for (OverlayRun run : runs) {
            lossSeries.add(series("chart.series.run.loss", run, run.trainLoss(), options.trainLoss()));
            accuracySeries.add(series("chart.series.run.trainAccuracy", run, run.trainAccuracy(),
                    options.trainAccuracy()));
            accuracySeries.add(series("chart.series.run.testAccuracy", run, run.testAccuracy(),
                    options.testAccuracy()));
            lossCurves.add(curve(run, run.trainLoss(), "chart.tooltip.trainLoss", true));
            accuracyCurves.add(curve(run, run.trainAccuracy(), "chart.tooltip.trainAccuracy", false));
            accuracyCurves.add(curve(run, run.testAccuracy(), "chart.tooltip.testAccuracy", false));
        }
        lossChart.getData().addAll(lossSeries);
        accuracyChart.getData().addAll(accuracySeries);
        for (int i = 0; i < runs.size(); i++) {
            // The run's own colour, not the one its place gives: it keeps it as runs come and go.
            lossChart.setSlot(lossSeries.get(i), runs.get(i).slot());
            accuracyChart.setSlot(accuracySeries.get(2 * i), runs.get(i).slot());
            accuracyChart.setSlot(accuracySeries.get(2 * i + 1), runs.get(i).slot());
            describe(lossChart, lossSeries.get(i), runs.get(i));
            describe(accuracyChart, accuracySeries.get(2 * i), runs.get(i));
            // One entry a run in the accuracy legend: its test curve is the same colour, dashed (see the title).
            describe(accuracyChart, accuracySeries.get(2 * i + 1), runs.get(i));
            accuracyChart.setListed(accuracySeries.get(2 * i + 1), false);
        }
        lossHover.setOverlays(lossCurves);
        accuracyHover.setOverlays(accuracyCurves);
    }

    private static void describe(MarkedLineChart chart, XYChart.Series<Number, Number> series, OverlayRun run) {
        chart.setDescription(series, run.label());
    }

    /** Redraws every compared run under the current options. */
    void refresh() {
        bindings.forEach(SeriesBinding::refresh);
    }

    private XYChart.Series<Number, Number> series(String nameKey, OverlayRun run, List<ChartPoint> points,
                                                  UnaryOperator<List<ChartPoint>> transform) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(Messages.format(nameKey, run.name()));
        bindings.add(SeriesBinding.bind(ViewListeners.of(lossChart), points, series, null, transform, () -> { }));
        return series;
    }

    /** @param loss whether the value is a loss (said readably however large) rather than a fraction */
    private static ChartHover.Curve curve(OverlayRun run, List<ChartPoint> points, String key, boolean loss) {
        return new ChartHover.Curve(points, (value, epoch) -> Messages.format("chart.tooltip.ofRun", run.label(),
                Messages.format(key, loss ? ReadableNumber.of(value, 4) : value, epoch)));
    }
}
