package org.softmaxlab.ui.training;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.StackPane;
import org.softmaxlab.ui.ViewListeners;

/**
 * Mirrors a view-model curve into a chart series: an append becomes one {@code addAll}, anything
 * else (the cap thinning the curve, a reset) one {@code setAll}. Points get a symbol node only when
 * a symbol style is given: a node per point costs layout and CSS on every drain, so the dense train
 * curves go without and {@link ChartHover} shows exact values instead.
 */
final class SeriesBinding {

    private final XYChart.Series<Number, Number> series;
    private final String symbolStyleClass;

    private SeriesBinding(XYChart.Series<Number, Number> series, String symbolStyleClass) {
        this.series = series;
        this.symbolStyleClass = symbolStyleClass;
    }

    /**
     * Keeps {@code series} equal to {@code points} for as long as the view of {@code listeners} exists.
     *
     * @param symbolStyleClass the style class of each point's symbol, or null for no symbols
     */
    static void bind(ViewListeners listeners, ObservableList<ChartPoint> points,
                     XYChart.Series<Number, Number> series, String symbolStyleClass) {
        SeriesBinding binding = new SeriesBinding(series, symbolStyleClass);
        series.getData().setAll(binding.toData(points));
        listeners.onListChange(points, (ListChangeListener<ChartPoint>) change -> binding.changed(change, points));
    }

    private void changed(ListChangeListener.Change<? extends ChartPoint> change, ObservableList<ChartPoint> points) {
        boolean appendOnly = true;
        List<ChartPoint> added = new ArrayList<>();
        while (change.next()) {
            if (change.wasRemoved() || change.wasReplaced() || change.wasPermutated()
                    || change.getFrom() != series.getData().size() + added.size()) {
                appendOnly = false;
            } else if (change.wasAdded()) {
                added.addAll(change.getAddedSubList());
            }
        }
        if (appendOnly) {
            series.getData().addAll(toData(added));
        } else {
            series.getData().setAll(toData(points));
        }
    }

    private List<XYChart.Data<Number, Number>> toData(List<? extends ChartPoint> points) {
        List<XYChart.Data<Number, Number>> data = new ArrayList<>(points.size());
        for (ChartPoint point : points) {
            XYChart.Data<Number, Number> item = new XYChart.Data<>(point.epoch(), point.value());
            if (symbolStyleClass != null) {
                StackPane symbol = new StackPane();
                symbol.getStyleClass().add(symbolStyleClass);
                item.setNode(symbol);
            }
            data.add(item);
        }
        return data;
    }
}
