package org.softmaxlab.ui.inspect;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.Styles;

/**
 * A horizontal bar chart of the ten class probabilities of one image: class name, bar, percentage,
 * one row per class. The true class's bar is green, a wrong prediction's bar red; without a known
 * true class (your own picture) the predicted class's bar is in the accent colour.
 */
public final class ProbabilityBars {

    /** K, read from the window's data set when the view is built. */
    private final int classes = ClassNames.count();

    private final GridPane grid = new GridPane();
    private final Region[] bars = new Region[classes];
    private final Label[] values = new Label[classes];
    private final DoubleProperty[] fractions = new DoubleProperty[classes];

    private final String idPrefix;

    /** Empty bars; fill them with {@link #show}. The value labels get ids {@code idPrefix + class}. */
    public ProbabilityBars(String idPrefix) {
        this.idPrefix = idPrefix;
        grid.getStyleClass().add(Styles.PROBABILITY_BARS);
        ColumnConstraints name = new ColumnConstraints();
        ColumnConstraints track = new ColumnConstraints();
        track.setHgrow(Priority.ALWAYS);
        track.setMinWidth(120);
        ColumnConstraints value = new ColumnConstraints();
        value.setHalignment(HPos.RIGHT);
        value.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(name, track, value);
        for (int c = 0; c < classes; c++) {
            addRow(c);
        }
    }

    private void addRow(int c) {
        Label name = new Label(ClassNames.of(c));
        name.setMinWidth(Region.USE_PREF_SIZE);
        fractions[c] = new SimpleDoubleProperty();
        bars[c] = new Region();
        bars[c].getStyleClass().add(Styles.PROBABILITY_BAR);
        StackPane track = new StackPane(bars[c]);
        track.getStyleClass().add(Styles.PROBABILITY_TRACK);
        track.setAlignment(Pos.CENTER_LEFT);
        // The bar fills its share of the track, whatever width the track gets.
        bars[c].maxWidthProperty().bind(track.widthProperty().multiply(fractions[c]));
        values[c] = new Label();
        values[c].setId(idPrefix + c);
        grid.addRow(c, name, track, values[c]);
    }

    /** The chart node. */
    public Node root() {
        return grid;
    }

    /**
     * Shows {@code probabilities} (ten values). {@code trueClass} is the image's real class, or -1
     * when unknown; {@code predicted} is the class the model chose.
     */
    public void show(float[] probabilities, int trueClass, int predicted) {
        for (int c = 0; c < classes; c++) {
            fractions[c].set(Math.max(0, Math.min(1, probabilities[c])));
            values[c].setText(Messages.format("probability.percent", probabilities[c]));
            var styles = bars[c].getStyleClass();
            styles.removeAll(Styles.BAR_TRUE, Styles.BAR_WRONG, Styles.BAR_PREDICTED);
            if (c == trueClass) {
                styles.add(Styles.BAR_TRUE);
            } else if (c == predicted) {
                styles.add(trueClass < 0 ? Styles.BAR_PREDICTED : Styles.BAR_WRONG);
            }
        }
    }

    /** Empties the bars and values. */
    public void clear() {
        for (int c = 0; c < classes; c++) {
            fractions[c].set(0);
            values[c].setText("");
            bars[c].getStyleClass().removeAll(Styles.BAR_TRUE, Styles.BAR_WRONG, Styles.BAR_PREDICTED);
        }
    }
}
