package org.softmaxlab.ui.charts;

import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.VBox;

/**
 * Keeps the plots of charts stacked in one column over the same stretch of the column, so that an
 * epoch on the loss chart stands straight above the same epoch on the accuracy chart. Their value
 * axes ("2.5" against "100 %") and their legends beside the plot differ in width, which shifted one
 * plot against the other. Each chart gets side margins in the column that make up the difference.
 *
 * <p>The margins are set after a layout, on the next pulse, and never during one: sizing an axis
 * inside the chart's layout left it without tick labels and the plots without curves.
 */
final class AlignedPlots {

    /** Less than this is no visible shift, and ignoring it keeps rounding from re-laying out forever. */
    private static final double TOLERANCE = 0.5;

    private final VBox column;
    private final List<? extends XYChart<?, ?>> charts;
    private boolean pending;

    private AlignedPlots(VBox column, List<? extends XYChart<?, ?>> charts) {
        this.column = column;
        this.charts = charts;
    }

    /** Aligns the plots of {@code charts}, children of {@code column}, from now on. */
    static void in(VBox column, List<? extends XYChart<?, ?>> charts) {
        AlignedPlots aligned = new AlignedPlots(column, charts);
        for (XYChart<?, ?> chart : charts) {
            // The epoch axis spans the plot exactly: where it moves, the plot moved.
            chart.getXAxis().localToSceneTransformProperty().addListener((obs, old, now) -> aligned.later());
            chart.getXAxis().layoutBoundsProperty().addListener((obs, old, now) -> aligned.later());
        }
    }

    private void later() {
        if (!pending) {
            pending = true;
            Platform.runLater(() -> {
                pending = false;
                align();
            });
        }
    }

    private void align() {
        if (column.getScene() == null) {
            return;
        }
        int count = charts.size();
        double[] naturalLeft = new double[count];
        double[] naturalRight = new double[count];
        double left = Double.NEGATIVE_INFINITY;
        double right = Double.POSITIVE_INFINITY;
        for (int i = 0; i < count; i++) {
            XYChart<?, ?> chart = charts.get(i);
            Bounds plot = column.sceneToLocal(chart.getXAxis().localToScene(chart.getXAxis().getLayoutBounds()));
            if (plot == null || plot.getWidth() <= 0) {
                return; // not laid out yet
            }
            Insets margin = marginOf(chart);
            naturalLeft[i] = plot.getMinX() - margin.getLeft();
            naturalRight[i] = plot.getMaxX() + margin.getRight();
            left = Math.max(left, naturalLeft[i]);
            right = Math.min(right, naturalRight[i]);
        }
        for (int i = 0; i < count; i++) {
            XYChart<?, ?> chart = charts.get(i);
            Insets margin = marginOf(chart);
            double newLeft = left - naturalLeft[i];
            double newRight = naturalRight[i] - right;
            if (Math.abs(newLeft - margin.getLeft()) > TOLERANCE || Math.abs(newRight - margin.getRight()) > TOLERANCE) {
                VBox.setMargin(chart, new Insets(margin.getTop(), newRight, margin.getBottom(), newLeft));
            }
        }
    }

    private static Insets marginOf(XYChart<?, ?> chart) {
        Insets margin = VBox.getMargin(chart);
        return margin == null ? Insets.EMPTY : margin;
    }
}
