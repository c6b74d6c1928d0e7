package org.softmaxlab.ui.inspect;

import java.util.Arrays;
import java.util.stream.IntStream;
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
import javafx.scene.layout.VBox;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.Styles;

/**
 * A horizontal bar chart of the class probabilities of one image: class name, bar, percentage, one
 * row per class. The true class's bar is green, a wrong prediction's bar red; without a known true
 * class (your own picture) the predicted class's bar is in the accent colour.
 *
 * <p>Up to {@value #MOST_ROWS} classes every class has its row, in label order (the rows stay put as
 * the image changes). A data set of more classes shows the {@value #MOST_ROWS} most probable, highest
 * first (the true class in the last row when it is not among them: a mistake is read against it),
 * and a line under them saying how many classes are not shown and how much probability they share.
 */
public final class ProbabilityBars {

    /** The most rows shown: ten bars stay readable beside an image; a hundred would not. */
    public static final int MOST_ROWS = 10;

    static final double TRACK_MIN_WIDTH = 60;

    /** K, read from the window's data set when the view is built. */
    private final int classes = ClassNames.count();
    private final int rows = Math.min(classes, MOST_ROWS);

    private final GridPane grid = new GridPane();
    private final Label[] names = new Label[rows];
    private final Region[] bars = new Region[rows];
    private final Label[] values = new Label[rows];
    private final DoubleProperty[] fractions = new DoubleProperty[rows];
    private final Label rest = new Label();
    /** The bars, and under them (not in their grid, whose columns it would widen) the line about the rest. */
    private final VBox root = new VBox(2, grid, rest);

    /**
     * Empty bars; fill them with {@link #show}. The value labels get ids {@code idPrefix + class}
     * when every class has its row, {@code idPrefix + "row-" + row} otherwise (their names
     * {@code idPrefix + "name-" + row}); the line about the classes not shown {@code idPrefix + "rest"}.
     */
    public ProbabilityBars(String idPrefix) {
        grid.getStyleClass().add(Styles.PROBABILITY_BARS);
        ColumnConstraints name = new ColumnConstraints();
        ColumnConstraints track = new ColumnConstraints();
        track.setHgrow(Priority.ALWAYS);
        // Narrow enough that a data set's long class names ("triangle bottom right") and the value still fit
        // the gallery's detail column; the bar takes whatever is left.
        track.setMinWidth(TRACK_MIN_WIDTH);
        ColumnConstraints value = new ColumnConstraints();
        value.setHalignment(HPos.RIGHT);
        value.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(name, track, value);
        for (int r = 0; r < rows; r++) {
            addRow(r, idPrefix);
        }
        rest.setId(idPrefix + "rest");
        rest.getStyleClass().add("caption-text");
        rest.setWrapText(true);
        boolean some = rows < classes;
        rest.setVisible(some);
        rest.setManaged(some);
    }

    private void addRow(int r, String idPrefix) {
        names[r] = new Label(rows == classes ? ClassNames.of(r) : "");
        names[r].setMinWidth(Region.USE_PREF_SIZE);
        fractions[r] = new SimpleDoubleProperty();
        bars[r] = new Region();
        bars[r].getStyleClass().add(Styles.PROBABILITY_BAR);
        StackPane track = new StackPane(bars[r]);
        track.getStyleClass().add(Styles.PROBABILITY_TRACK);
        track.setAlignment(Pos.CENTER_LEFT);
        // The bar fills its share of the track, whatever width the track gets.
        bars[r].maxWidthProperty().bind(track.widthProperty().multiply(fractions[r]));
        values[r] = new Label();
        if (rows == classes) {
            values[r].setId(idPrefix + r);
        } else {
            values[r].setId(idPrefix + "row-" + r);
            names[r].setId(idPrefix + "name-" + r);
        }
        grid.addRow(r, names[r], track, values[r]);
    }

    /** The chart node. */
    public Node root() {
        return root;
    }

    /**
     * Shows {@code probabilities} (K values). {@code trueClass} is the image's real class, or -1
     * when unknown; {@code predicted} is the class the model chose.
     */
    public void show(float[] probabilities, int trueClass, int predicted) {
        int[] shown = shownClasses(probabilities, trueClass, rows);
        double others = 1;
        for (int r = 0; r < rows; r++) {
            int c = shown[r];
            others -= probabilities[c];
            names[r].setText(ClassNames.of(c));
            fractions[r].set(Math.max(0, Math.min(1, probabilities[c])));
            values[r].setText(Messages.format("probability.percent", probabilities[c]));
            var styles = bars[r].getStyleClass();
            styles.removeAll(Styles.BAR_TRUE, Styles.BAR_WRONG, Styles.BAR_PREDICTED);
            if (c == trueClass) {
                styles.add(Styles.BAR_TRUE);
            } else if (c == predicted) {
                styles.add(trueClass < 0 ? Styles.BAR_PREDICTED : Styles.BAR_WRONG);
            }
        }
        rest.setText(Messages.format("probability.rest", classes - rows, Math.max(0, others)));
    }

    /**
     * Which classes the {@code rows} rows show: all in label order when there are no more, otherwise
     * the most probable first, with {@code trueClass} (if known) in the last row when it is not among them.
     */
    static int[] shownClasses(float[] probabilities, int trueClass, int rows) {
        int classes = probabilities.length;
        if (rows >= classes) {
            return IntStream.range(0, classes).toArray();
        }
        // Descending by probability, the lower label first among equals; NaN (a diverged model) last.
        int[] order = IntStream.range(0, classes).boxed()
                .sorted((a, b) -> {
                    int byValue = Float.compare(value(probabilities[b]), value(probabilities[a]));
                    return byValue != 0 ? byValue : Integer.compare(a, b);
                })
                .mapToInt(Integer::intValue).toArray();
        int[] shown = Arrays.copyOf(order, rows);
        if (trueClass >= 0 && Arrays.stream(shown).noneMatch(c -> c == trueClass)) {
            shown[rows - 1] = trueClass;
        }
        return shown;
    }

    private static float value(float p) {
        return Float.isNaN(p) ? Float.NEGATIVE_INFINITY : p;
    }

    /** Empties the bars and values. */
    public void clear() {
        for (int r = 0; r < rows; r++) {
            if (rows < classes) {
                names[r].setText("");
            }
            fractions[r].set(0);
            values[r].setText("");
            bars[r].getStyleClass().removeAll(Styles.BAR_TRUE, Styles.BAR_WRONG, Styles.BAR_PREDICTED);
        }
        rest.setText("");
    }
}
