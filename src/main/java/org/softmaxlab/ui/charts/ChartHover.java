package org.softmaxlab.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import javafx.geometry.Point2D;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import org.softmaxlab.ui.run.ChartPoint;

/**
 * A crosshair readout for a live chart: wherever the mouse is over the chart, a tooltip beside it
 * gives each curve's exact value at the point nearest on the epoch axis (the raw value, whatever
 * smoothing or log scale the chart draws). Works on the points, not the chart's nodes, so it costs
 * nothing until the mouse moves. The live curves are fixed; compared runs' curves are replaceable.
 */
final class ChartHover {

    /** One curve: its points and how to describe a point of it. */
    record Curve(List<ChartPoint> points, BiFunction<Double, Double, String> describe) {
    }

    private final LineChart<Number, Number> chart;
    private final NumberAxis epochAxis;
    private final List<Curve> curves = new ArrayList<>();
    private final List<Curve> overlays = new ArrayList<>();
    private final Tooltip tooltip = new Tooltip();
    /** How far past a curve's ends, in pixels, the mouse still reads its end point. */
    private static final double SLACK_PIXELS = 8;
    /** Pixels between the mouse and the readout. */
    private static final double OFFSET = 16;

    ChartHover(LineChart<Number, Number> chart, NumberAxis epochAxis) {
        this.chart = chart;
        this.epochAxis = epochAxis;
        tooltip.setId(chart.getId() + "-readout");
        // Esc belongs to the window (it stops a run); a popup would otherwise take it to hide itself.
        tooltip.setHideOnEscape(false);
        tooltip.setConsumeAutoHidingEvents(false);
        chart.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        chart.addEventHandler(MouseEvent.MOUSE_EXITED, e -> tooltip.hide());
    }

    /** Adds a curve; {@code describe} turns (value, epoch) into a line of text. */
    ChartHover curve(List<ChartPoint> points, BiFunction<Double, Double, String> describe) {
        curves.add(new Curve(points, describe));
        return this;
    }

    /** Replaces the curves of compared runs, read after the live ones. */
    void setOverlays(List<Curve> compared) {
        overlays.clear();
        overlays.addAll(compared);
    }

    /**
     * The readout's text for the position {@code epoch} on the axis, or empty if no curve is there. A
     * curve is read only between its first and last point, give or take {@code slack} epochs: a run that
     * ended at epoch 2, or a continued one that starts at 10.01, has no value at epoch 6, and its nearest
     * point ("epoch 10.01") named there was far from the mouse.
     */
    String readout(double epoch, double slack) {
        List<String> lines = new ArrayList<>();
        List<Curve> all = new ArrayList<>(curves);
        all.addAll(overlays);
        for (Curve curve : all) {
            List<ChartPoint> points = curve.points();
            if (points.isEmpty() || epoch < points.get(0).epoch() - slack
                    || epoch > points.get(points.size() - 1).epoch() + slack) {
                continue;
            }
            ChartPoint nearest = nearest(points, epoch);
            if (nearest != null) {
                lines.add(curve.describe().apply(nearest.value(), nearest.epoch()));
            }
        }
        return String.join("\n", lines);
    }

    private void moved(MouseEvent event) {
        Point2D onAxis = epochAxis.sceneToLocal(event.getSceneX(), event.getSceneY());
        double epoch = epochAxis.getValueForDisplay(onAxis.getX()).doubleValue();
        double slack = Math.abs(epochAxis.getValueForDisplay(onAxis.getX() + SLACK_PIXELS).doubleValue() - epoch);
        String text = readout(epoch, slack);
        if (text.isEmpty() || epoch < epochAxis.getLowerBound() || epoch > epochAxis.getUpperBound()) {
            tooltip.hide();
            return;
        }
        tooltip.setText(text);
        double x = readoutX(event.getScreenX(), chartRightOnScreen(), tooltipWidth());
        double y = event.getScreenY() + 16;
        if (tooltip.isShowing()) {
            tooltip.setAnchorX(x);
            tooltip.setAnchorY(y);
        } else {
            tooltip.show(chart, x, y);
        }
    }

    /**
     * Where the readout's left edge goes: right of the mouse, or left of it where the readout would
     * reach past the chart's right edge (and be cut off by the screen or cover the legend).
     */
    static double readoutX(double mouseX, double chartRight, double readoutWidth) {
        double right = mouseX + OFFSET;
        return right + readoutWidth > chartRight ? mouseX - OFFSET - readoutWidth : right;
    }

    private double chartRightOnScreen() {
        return chart.localToScreen(chart.getBoundsInLocal()).getMaxX();
    }

    /** The readout's width: measured once shown; before that, estimated from the text. */
    private double tooltipWidth() {
        if (tooltip.isShowing()) {
            return tooltip.getWidth();
        }
        javafx.scene.text.Text probe = new javafx.scene.text.Text(tooltip.getText());
        probe.setFont(tooltip.getFont());
        return probe.getLayoutBounds().getWidth() + 24;
    }

    /** The point whose epoch is closest to {@code epoch}; points are sorted by epoch. */
    static ChartPoint nearest(List<ChartPoint> points, double epoch) {
        if (points.isEmpty()) {
            return null;
        }
        int low = 0;
        int high = points.size() - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (points.get(mid).epoch() < epoch) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        ChartPoint after = points.get(low);
        if (low == 0) {
            return after;
        }
        ChartPoint before = points.get(low - 1);
        return epoch - before.epoch() <= after.epoch() - epoch ? before : after;
    }
}
