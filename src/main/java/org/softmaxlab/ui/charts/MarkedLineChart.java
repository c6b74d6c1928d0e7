package org.softmaxlab.ui.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.NamedArg;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.Axis;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Line;
import org.softmaxlab.ui.Styles;

/**
 * A line chart with vertical marks across its plot at chosen epochs (a learning rate changed, a
 * run diverged), each labelled at the top, and series that can be left out of the legend (an empty
 * live series next to compared runs). Marks are a line and a label in the plot area, laid out with
 * the curves, so they follow the axes without any listener.
 */
public final class MarkedLineChart extends LineChart<Number, Number> {

    /** Pixels between a mark's line and its label, and between rows of labels. */
    private static final double GAP = 4;

    private final List<Mark> marks = new ArrayList<>();
    /** Series left out of the legend. Null while the superclass constructor runs (it updates the legend). */
    private final Set<Series<Number, Number>> unlisted = new HashSet<>();
    /** The full description of a series whose legend entry is a short name ("Run 3"), shown on hover. */
    private final Map<Series<Number, Number>, String> descriptions = new HashMap<>();
    /** The series drawn over all others (the live run), or null. */
    private Series<Number, Number> onTop;

    private record Mark(ChartMarker marker, Line line, Label label) {
    }

    /** A chart on the given axes (the FXML loader calls this). */
    public MarkedLineChart(@NamedArg("xAxis") Axis<Number> xAxis, @NamedArg("yAxis") Axis<Number> yAxis) {
        super(xAxis, yAxis);
    }

    /** Replaces the marks with {@code markers}, sorted by epoch. */
    public void setMarkers(List<ChartMarker> markers) {
        for (Mark mark : marks) {
            getPlotChildren().removeAll(mark.line(), mark.label());
        }
        marks.clear();
        markers.stream().sorted(Comparator.comparingDouble(ChartMarker::epoch)).forEach(marker -> {
            Line line = new Line();
            line.getStyleClass().addAll(Styles.CHART_MARKER, kindClass(marker.kind()),
                    Styles.runSlot(marker.slot()));
            Label label = new Label(marker.text());
            label.getStyleClass().addAll(Styles.CHART_MARKER_LABEL, kindClass(marker.kind()),
                    Styles.runSlot(marker.slot()));
            marks.add(new Mark(marker, line, label));
            getPlotChildren().addAll(line, label);
        });
        requestChartLayout();
    }

    private static String kindClass(ChartMarker.Kind kind) {
        return kind == ChartMarker.Kind.DIVERGED ? Styles.MARKER_DIVERGED : Styles.MARKER_LEARNING_RATE;
    }

    /** Lists {@code series} in the legend or leaves it out. */
    public void setListed(Series<Number, Number> series, boolean listed) {
        boolean changed = listed ? unlisted.remove(series) : unlisted.add(series);
        if (changed) {
            applyLegend();
        }
    }

    /** Shows {@code description} when the mouse rests on {@code series}' legend entry; null: none. */
    public void setDescription(Series<Number, Number> series, String description) {
        if (description == null) {
            descriptions.remove(series);
        } else {
            descriptions.put(series, description);
        }
        applyLegend();
    }

    /** Drops what this chart keeps about {@code series} (being removed): its description, whether it is listed. */
    public void forget(Series<Number, Number> series) {
        descriptions.remove(series);
        unlisted.remove(series);
    }

    /** Draws {@code series} over every other series, whatever its place in the data (which gives its colour). */
    public void setOnTop(Series<Number, Number> series) {
        onTop = series;
        requestChartLayout();
    }

    /** Widens the range the auto-ranging y axis is given (min, max → lower, upper); null: the data's own. */
    private java.util.function.BiFunction<Double, Double, double[]> yRange;

    /** Gives the auto-ranging y axis {@code range}(lowest, highest value drawn) instead of the values' own range. */
    public void setYRange(java.util.function.BiFunction<Double, Double, double[]> range) {
        yRange = range;
        requestChartLayout();
    }

    @Override
    protected void updateAxisRange() {
        super.updateAxisRange();
        if (yRange == null || !(getYAxis() instanceof javafx.scene.chart.NumberAxis axis) || !axis.isAutoRanging()) {
            return;
        }
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        for (Series<Number, Number> series : getData()) {
            for (Data<Number, Number> point : series.getData()) {
                double y = point.getYValue().doubleValue();
                if (Double.isFinite(y)) {
                    lowest = Math.min(lowest, y);
                    highest = Math.max(highest, y);
                }
            }
        }
        if (lowest <= highest) {
            double[] range = yRange.apply(lowest, highest);
            axis.invalidateRange(java.util.List.of(range[0], range[1]));
        }
    }

    @Override
    protected void updateLegend() {
        super.updateLegend();
        applyLegend();
    }

    /** Legend items follow the series order; an unlisted series' item is hidden and takes no room. */
    private void applyLegend() {
        if (unlisted == null || descriptions == null || !(getLegend() instanceof Parent legend)) {
            return;
        }
        List<Node> items = legend.getChildrenUnmodifiable();
        for (int i = 0; i < items.size() && i < getData().size(); i++) {
            boolean listed = !unlisted.contains(getData().get(i));
            items.get(i).setVisible(listed);
            items.get(i).setManaged(listed);
            if (items.get(i) instanceof Label item) {
                String description = descriptions.get(getData().get(i));
                item.setTooltip(description == null ? null : new Tooltip(description));
            }
        }
    }

    /** The marks' labels, in epoch order (for tests). */
    public List<String> markerTexts() {
        return marks.stream().map(mark -> mark.label().getText()).toList();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        if (onTop != null && onTop.getNode() != null && getData().contains(onTop)) {
            // The live run is drawn last, over finished runs with the same seed that would hide it.
            onTop.getNode().toFront();
            onTop.getData().stream().map(Data::getNode).filter(java.util.Objects::nonNull).forEach(Node::toFront);
        }
        double height = getYAxis().getHeight();
        List<double[]> placed = new ArrayList<>();
        for (Mark mark : marks) {
            // +0.5: a one-pixel line on a pixel centre stays crisp instead of blurring over two.
            double x = Math.round(getXAxis().getDisplayPosition(mark.marker().epoch())) + 0.5;
            mark.line().setStartX(x);
            mark.line().setEndX(x);
            mark.line().setStartY(0);
            mark.line().setEndY(height);
            Label label = mark.label();
            double width = label.prefWidth(-1);
            double labelHeight = label.prefHeight(width);
            double y = labelRow(x + GAP, width, labelHeight, height, placed);
            label.resizeRelocate(x + GAP, y, width, labelHeight);
            placed.add(new double[] {x + GAP, y, x + GAP + width, y + labelHeight});
            mark.line().toFront();
            label.toFront();
        }
    }

    /**
     * The top of a mark's label at {@code left}: the highest row of the plot where it covers neither
     * another label nor a curve (the loss starts at the top, accuracy runs along it); failing that, the
     * highest row clear of other labels; failing that, the top.
     */
    private double labelRow(double left, double width, double labelHeight, double plotHeight, List<double[]> placed) {
        double right = left + width;
        double clearOfLabels = Double.NaN;
        for (double y = GAP; y + labelHeight <= plotHeight - GAP || y == GAP; y += labelHeight + GAP / 2) {
            double top = y;
            boolean onLabel = placed.stream().anyMatch(r -> left < r[2] && r[0] < right && top < r[3] && r[1] < top + labelHeight);
            if (onLabel) {
                continue;
            }
            if (Double.isNaN(clearOfLabels)) {
                clearOfLabels = y;
            }
            if (!crossesACurve(left, right, y, y + labelHeight)) {
                return y;
            }
        }
        return Double.isNaN(clearOfLabels) ? GAP : clearOfLabels;
    }

    /** Whether a drawn curve passes through the rectangle [left, right] × [top, bottom] of the plot. */
    private boolean crossesACurve(double left, double right, double top, double bottom) {
        Axis<Number> xAxis = getXAxis();
        Axis<Number> yAxis = getYAxis();
        for (Series<Number, Number> series : getData()) {
            List<Data<Number, Number>> points = series.getData();
            for (int i = 0; i + 1 < points.size(); i++) {
                double x0 = xAxis.getDisplayPosition(points.get(i).getXValue());
                double x1 = xAxis.getDisplayPosition(points.get(i + 1).getXValue());
                if (Math.max(x0, x1) < left || Math.min(x0, x1) > right) {
                    continue;
                }
                double y0 = yAxis.getDisplayPosition(points.get(i).getYValue());
                double y1 = yAxis.getDisplayPosition(points.get(i + 1).getYValue());
                // The segment's part over the label's columns, by linear interpolation.
                double from = Math.max(left, Math.min(x0, x1));
                double to = Math.min(right, Math.max(x0, x1));
                double ya = at(x0, y0, x1, y1, from);
                double yb = at(x0, y0, x1, y1, to);
                if (Math.max(ya, yb) >= top && Math.min(ya, yb) <= bottom) {
                    return true;
                }
            }
            if (points.size() == 1) {
                double x = xAxis.getDisplayPosition(points.get(0).getXValue());
                double y = yAxis.getDisplayPosition(points.get(0).getYValue());
                if (x >= left && x <= right && y >= top && y <= bottom) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double at(double x0, double y0, double x1, double y1, double x) {
        return x1 == x0 ? y0 : y0 + (y1 - y0) * (x - x0) / (x1 - x0);
    }
}
