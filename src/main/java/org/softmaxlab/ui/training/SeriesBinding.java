package org.softmaxlab.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;

/**
 * Mirrors a view-model curve into a chart series: an append becomes one {@code addAll}, anything
 * else (the cap thinning the curve, a reset) one {@code setAll}. Each point's symbol shows the exact
 * value on hover through one tooltip shared by the chart, rather than a tooltip object per point.
 */
final class SeriesBinding {

    private final XYChart.Series<Number, Number> series;
    private final Function<ChartPoint, String> describe;
    private final String symbolStyleClass;
    private final Tooltip tooltip;

    private SeriesBinding(XYChart.Series<Number, Number> series, Function<ChartPoint, String> describe,
                          String symbolStyleClass, Tooltip tooltip) {
        this.series = series;
        this.describe = describe;
        this.symbolStyleClass = symbolStyleClass;
        this.tooltip = tooltip;
    }

    /** Keeps {@code series} equal to {@code points} from now on. */
    static void bind(ObservableList<ChartPoint> points, XYChart.Series<Number, Number> series,
                     Function<ChartPoint, String> describe, String symbolStyleClass, Tooltip tooltip) {
        SeriesBinding binding = new SeriesBinding(series, describe, symbolStyleClass, tooltip);
        series.getData().setAll(binding.toData(points));
        points.addListener((ListChangeListener<ChartPoint>) change -> binding.changed(change, points));
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
            item.setNode(symbol(point));
            data.add(item);
        }
        return data;
    }

    private StackPane symbol(ChartPoint point) {
        StackPane symbol = new StackPane();
        symbol.getStyleClass().add(symbolStyleClass);
        symbol.setOnMouseEntered(e -> {
            tooltip.setText(describe.apply(point));
            tooltip.show(symbol, e.getScreenX() + 12, e.getScreenY() + 12);
        });
        symbol.setOnMouseExited(e -> tooltip.hide());
        return symbol;
    }
}
