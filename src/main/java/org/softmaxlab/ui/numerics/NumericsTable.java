package org.softmaxlab.ui.numerics;

import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.softmaxlab.math.LossFormula;
import org.softmaxlab.math.NumericsComparison;
import org.softmaxlab.math.Precision;
import org.softmaxlab.math.SoftmaxVariant;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.Styles;

/**
 * Fills the numerics grid: a row per class (its logit, then the four formulas in float32 and in
 * float64 side by side) and a last row with the cross-entropy each formula gives for the true
 * class, under the log-probability it is the negative of. At most 11 × 10 labels, so the grid is
 * simply rebuilt on every change.
 */
final class NumericsTable {

    /** Columns before the values: the class and its logit. */
    private static final int LEAD = 2;

    private final GridPane grid;
    private final NumericsViewModel viewModel;

    NumericsTable(GridPane grid, NumericsViewModel viewModel) {
        this.grid = grid;
        this.viewModel = viewModel;
    }

    /** Shows {@code comparison} (nothing before the first valid input). */
    void show(NumericsComparison comparison) {
        grid.getChildren().clear();
        if (comparison == null) {
            return;
        }
        header();
        for (int i = 0; i < comparison.size(); i++) {
            boolean truth = i == comparison.trueClass();
            int row = i + 2;
            add(text(Integer.toString(i), Styles.NUMERICS_LEAD, truth), 0, row, 1);
            add(text(NumericText.format(comparison.logit(i)), Styles.NUMERIC_CELL, truth), 1, row, 1);
            for (Precision precision : Precision.values()) {
                for (SoftmaxVariant variant : SoftmaxVariant.values()) {
                    Label cell = cell(viewModel.cell(precision, variant, i), truth);
                    cell.setId("numeric-" + precision + "-" + variant + "-" + i);
                    add(cell, column(precision, variant), row, 1);
                }
            }
        }
        lossRow(comparison.size() + 2, comparison.trueClass());
    }

    private void header() {
        for (Precision precision : Precision.values()) {
            Label name = text(NumericsViewModel.precisionName(precision), Styles.NUMERICS_HEAD, false);
            name.getStyleClass().add(Styles.NUMERICS_PRECISION);
            add(name, column(precision, SoftmaxVariant.NAIVE_SOFTMAX), 0, SoftmaxVariant.values().length);
            for (SoftmaxVariant variant : SoftmaxVariant.values()) {
                Label head = text(Messages.get("numerics.head." + variant.name()), Styles.NUMERICS_HEAD, false);
                head.setTooltip(new Tooltip(Messages.get("numerics.formula." + variant.name())));
                add(head, column(precision, variant), 1, 1);
            }
        }
        add(text(Messages.get("numerics.head.class"), Styles.NUMERICS_HEAD, false), 0, 1, 1);
        add(text(Messages.get("numerics.head.logit"), Styles.NUMERICS_HEAD, false), 1, 1, 1);
    }

    private void lossRow(int row, int trueClass) {
        Label name = text(Messages.format("numerics.lossRow", trueClass), Styles.NUMERICS_LEAD, false);
        name.getStyleClass().add(Styles.NUMERICS_LOSS_ROW);
        add(name, 0, row, LEAD);
        for (Precision precision : Precision.values()) {
            for (SoftmaxVariant variant : SoftmaxVariant.values()) {
                Label cell;
                if (variant.isLogarithmic()) {
                    LossFormula formula = variant.formula();
                    cell = cell(viewModel.crossEntropy(precision, formula), false);
                    cell.setId("loss-" + precision + "-" + formula);
                } else {
                    cell = text("", Styles.NUMERIC_CELL, false);
                }
                cell.getStyleClass().add(Styles.NUMERICS_LOSS_ROW);
                add(cell, column(precision, variant), row, 1);
            }
        }
    }

    private static int column(Precision precision, SoftmaxVariant variant) {
        return LEAD + precision.ordinal() * SoftmaxVariant.values().length + variant.ordinal();
    }

    private static Label cell(NumericCell value, boolean truth) {
        Label cell = text(value.text(), Styles.NUMERIC_CELL, truth);
        if (value.isHighlighted()) {
            cell.getStyleClass().add(value.styleClass());
            cell.setTooltip(new Tooltip(value.reason()));
        }
        return cell;
    }

    private static Label text(String content, String styleClass, boolean truth) {
        Label label = new Label(content);
        label.getStyleClass().add(styleClass);
        if (truth) {
            label.getStyleClass().add(Styles.NUMERICS_TRUE_CLASS);
        }
        label.setMaxWidth(Double.MAX_VALUE);
        // Never an ellipsis: a number cut short would mislead. The pane scrolls sideways instead.
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private void add(Label label, int column, int row, int span) {
        if (column >= LEAD && (column - LEAD) % SoftmaxVariant.values().length == 0) {
            label.getStyleClass().add(Styles.NUMERICS_GROUP_START);
        }
        GridPane.setHgrow(label, column >= LEAD ? Priority.ALWAYS : Priority.NEVER);
        GridPane.setHalignment(label, HPos.RIGHT);
        grid.add(label, column, row, span, 1);
    }
}
