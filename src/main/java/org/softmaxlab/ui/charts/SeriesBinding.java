package org.softmaxlab.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.StackPane;
import org.softmaxlab.ui.ViewListeners;
import org.softmaxlab.ui.run.ChartPoint;

/**
 * Mirrors a curve's points into a chart series, through a transform (smoothing, log10) that keeps
 * one drawn point per point. An append becomes one {@code addAll} of the new tail, anything else
 * (the cap thinning the curve, a reset) one {@code setAll}; {@link #refresh()} redraws everything
 * after the transform changed. Points get a symbol node only when a symbol style is given: a node
 * per point costs layout and CSS on every drain, so the dense train curves go without and
 * {@link ChartHover} shows exact values instead.
 */
final class SeriesBinding {

    private final List<ChartPoint> points;
    private final XYChart.Series<Number, Number> series;
    private final String symbolStyleClass;
    private final UnaryOperator<List<ChartPoint>> transform;
    private final Runnable changed;

    private SeriesBinding(List<ChartPoint> points, XYChart.Series<Number, Number> series, String symbolStyleClass,
                          UnaryOperator<List<ChartPoint>> transform, Runnable changed) {
        this.points = points;
        this.series = series;
        this.symbolStyleClass = symbolStyleClass;
        this.transform = transform;
        this.changed = changed;
    }

    /** Keeps {@code series} equal to {@code points} as they are, for as long as the view of {@code listeners} exists. */
    static void bind(ViewListeners listeners, ObservableList<ChartPoint> points, XYChart.Series<Number, Number> series,
                     String symbolStyleClass) {
        bind(listeners, points, series, symbolStyleClass, UnaryOperator.identity(), () -> { });
    }

    /**
     * Keeps {@code series} equal to {@code transform(points)} for as long as the view of {@code listeners}
     * exists; an observable list is followed as it changes, any other list is drawn once (and again on
     * {@link #refresh()}).
     *
     * @param symbolStyleClass the style class of each point's symbol, or null for no symbols
     * @param changed          called after each change of the series (e.g. to refit an axis)
     */
    static SeriesBinding bind(ViewListeners listeners, List<ChartPoint> points, XYChart.Series<Number, Number> series,
                              String symbolStyleClass, UnaryOperator<List<ChartPoint>> transform, Runnable changed) {
        SeriesBinding binding = new SeriesBinding(points, series, symbolStyleClass, transform, changed);
        binding.refresh();
        if (points instanceof ObservableList<ChartPoint> observable) {
            listeners.onListChange(observable, (ListChangeListener<ChartPoint>) binding::changed);
        }
        return binding;
    }

    /** Redraws the whole series, e.g. after the transform's options changed. */
    void refresh() {
        series.getData().setAll(toData(transform.apply(points)));
        changed.run();
    }

    private void changed(ListChangeListener.Change<? extends ChartPoint> change) {
        boolean appendOnly = true;
        int drawn = series.getData().size();
        int added = 0;
        while (change.next()) {
            if (change.wasRemoved() || change.wasReplaced() || change.wasPermutated()
                    || change.getFrom() != drawn + added) {
                appendOnly = false;
            } else if (change.wasAdded()) {
                added += change.getAddedSize();
            }
        }
        if (!appendOnly) {
            refresh();
            return;
        }
        // The transforms are causal (a point depends only on those before it), so the drawn head
        // stays right and only the new tail is added.
        List<ChartPoint> all = transform.apply(points);
        series.getData().addAll(toData(all.subList(drawn, all.size())));
        changed.run();
    }

    private List<XYChart.Data<Number, Number>> toData(List<? extends ChartPoint> drawn) {
        List<XYChart.Data<Number, Number>> data = new ArrayList<>(drawn.size());
        for (ChartPoint point : drawn) {
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
