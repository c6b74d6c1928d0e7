package org.softmaxlab.ui.step;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.softmaxlab.inspect.StepAnatomy;
import org.softmaxlab.math.LossFormula;
import org.softmaxlab.math.NumericValue;
import org.softmaxlab.train.BatchSnapshot;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.SidewaysScroll;
import org.softmaxlab.ui.Styles;
import org.softmaxlab.ui.ViewListeners;
import org.softmaxlab.ui.inspect.ClassNames;
import org.softmaxlab.ui.inspect.CrispImage;
import org.softmaxlab.ui.numerics.NumericCell;
import org.softmaxlab.ui.numerics.NumericText;

/**
 * The "One step" tab: the last SGD step the trainer took, opened up for one image of its batch (the
 * largest loss unless the user picks another): logits, max, shifted logits, exponents, their sum,
 * softmax, loss, the gradient p − y as signed bars, and what the step does to the weights of the
 * true and the predicted class (this image's share, and the whole batch's). Every number comes from
 * {@link StepAnatomy}, that is from the trainer's own kernels on a copy of the batch.
 *
 * <p>The {@link StepViewModel} computes each page away from the JavaFX thread; this view builds its
 * table once and only sets texts, styles and bar widths on each page, instead of making some 70
 * labels anew ten times a second while a run trains with the tab open.
 */
public final class StepView {

    private static final double BAR_HALF_WIDTH = 40;
    private static final int COLUMNS = 6;

    private final StepViewModel viewModel;
    private final VBox content = new VBox(10);
    private final ScrollPane root = new ScrollPane(content);
    private final Label heading = new Label();
    private final ComboBox<Integer> picker = new ComboBox<>();
    private final CrispImage image = new CrispImage(5);
    private final Label imageCaption = new Label();
    private final GridPane table = new GridPane();
    private final VBox reasons = new VBox(2);
    private final Label deltaNote = new Label();
    /** The four weight changes, wrapping onto a second row where the tab is narrower than they are. */
    private final FlowPane deltas = new FlowPane(12, 12);
    private final Label[] heads = new Label[COLUMNS];
    /** The rows of the table, one a class, made again only when the number of classes changes. */
    private Label[][] cells = new Label[0][COLUMNS - 1];
    private Region[] barFills = new Region[0];
    private StackPane[] barNegative = new StackPane[0];
    private StackPane[] barPositive = new StackPane[0];
    private Label[] barValues = new Label[0];
    private final Label maxName = lead("m = max(o)");
    private final Label maxValue = number();
    private final Label sumName = lead("");
    private final Label sumValue = number();
    private final Label lossName = lead("");
    private final Label lossValue = number();
    private final CrispImage[] deltaImages = {new CrispImage(4), new CrispImage(4), new CrispImage(4), new CrispImage(4)};
    private final Label[] deltaCaptions = new Label[4];
    private final VBox[] deltaTiles = new VBox[4];
    private StepViewModel.Page shown;
    /** Set while the picker is filled from a page, so that it does not ask for a page of its own. */
    private boolean filling;

    /** The view of {@code viewModel}'s pages. */
    public StepView(StepViewModel viewModel) {
        this.viewModel = viewModel;
        root.setId("step-view");
        root.setFitToWidth(true);
        content.setPadding(new Insets(12));
        heading.getStyleClass().add(Styles.PANEL_HEADING);
        heading.setId("step-heading");
        heading.setWrapText(true);
        picker.setId("step-image-picker");
        table.setId("step-table");
        table.getStyleClass().add(Styles.STEP_TABLE);
        table.setHgap(10);
        table.setVgap(3);
        deltaNote.setWrapText(true);
        imageCaption.setId("step-image-caption");
        imageCaption.setWrapText(true); // long class names wrap under the picture instead of "Pullo…"
        imageCaption.setMaxWidth(image.side());
        imageCaption.setMinHeight(Region.USE_PREF_SIZE);
        // In a narrow window the numbers scroll sideways rather than shrink to "…".
        table.setMinWidth(Region.USE_PREF_SIZE);
        buildTable();
        buildDeltas();
        ScrollPane numbers = SidewaysScroll.around(table);
        numbers.setId("step-table-scroll");
        // The table beside the picture where the tab is wide enough, under it where not (at 1024 px
        // the picture's column left the table too little room); only wider than the tab does it scroll.
        FlowPane top = new FlowPane(16, 10, new VBox(6, image.view(), imageCaption), numbers);
        numbers.maxWidthProperty().bind(top.widthProperty());
        top.setMinWidth(0); // a flow pane asks for its widest child's width: the table would widen the tab
        Label imageLabel = new Label(Messages.get("step.image"));
        imageLabel.setMinWidth(Region.USE_PREF_SIZE);
        content.getChildren().addAll(heading, new HBox(8, imageLabel, picker), top,
                reasons, deltaNote, deltas);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer row) {
                if (row == null || shown == null) {
                    return "";
                }
                StepAnatomy a = shown.anatomy();
                return Messages.format("step.pick", row + 1, ClassNames.of(a.batch().labels()[row]),
                        NumericText.format(a.loss(row)));
            }

            @Override
            public Integer fromString(String text) {
                throw new UnsupportedOperationException("the image is picked, not typed");
            }
        });
        picker.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !filling) {
                viewModel.pick(now);
            }
        });
        ViewListeners.of(root).onChange(viewModel.pageProperty(), (obs, old, now) -> show(now));
        show(viewModel.pageProperty().get());
    }

    public Parent root() {
        return root;
    }

    private void buildTable() {
        for (int i = 0; i < COLUMNS; i++) {
            heads[i] = new Label();
            heads[i].getStyleClass().add(Styles.NUMERICS_HEAD);
        }
        lossValue.setId("step-loss");
    }

    /** Lays the table out for {@code classes} rows, unless it has them already: the same nodes serve every step. */
    private void buildRows(int classes) {
        if (cells.length == classes) {
            return;
        }
        table.getChildren().clear();
        for (int i = 0; i < COLUMNS; i++) {
            table.add(heads[i], i, 0);
        }
        cells = new Label[classes][COLUMNS - 1];
        barFills = new Region[classes];
        barNegative = new StackPane[classes];
        barPositive = new StackPane[classes];
        barValues = new Label[classes];
        for (int c = 0; c < classes; c++) {
            int row = c + 1;
            cells[c][0] = new Label(ClassNames.of(c));
            table.add(cells[c][0], 0, row);
            for (int col = 1; col < COLUMNS - 1; col++) {
                cells[c][col] = number();
                table.add(cells[c][col], col, row);
            }
            table.add(bar(c), 5, row);
        }
        int next = classes + 1;
        table.add(maxName, 0, next);
        table.add(maxValue, 1, next);
        table.add(sumName, 2, next);
        table.add(sumValue, 3, next);
        // The loss's formula is the table's longest text: spread over the five columns of numbers it
        // widens none of them (over three it pushed p = softmax(o) and p − y out of a 1024-px window).
        table.add(lossName, 0, next + 1, COLUMNS - 1, 1);
        table.add(lossValue, COLUMNS - 1, next + 1);
    }

    private void buildDeltas() {
        for (int i = 0; i < deltaTiles.length; i++) {
            deltaCaptions[i] = new Label();
            deltaCaptions[i].setWrapText(true);
            // As wide as the picture; wider in presentation mode, where the larger type made four lines.
            deltaCaptions[i].getStyleClass().add(Styles.STEP_DELTA_CAPTION);
            deltaTiles[i] = new VBox(4, deltaImages[i].view(), deltaCaptions[i]);
            deltaTiles[i].getStyleClass().add(Styles.WEIGHT_TILE);
        }
    }

    private void show(StepViewModel.Page page) {
        StepViewModel.Page before = shown;
        shown = page;
        table.setVisible(page != null);
        if (page == null) {
            heading.setText(Messages.get("step.empty"));
            filling = true;
            picker.getItems().clear();
            filling = false;
            reasons.getChildren().clear();
            deltas.getChildren().clear();
            deltaNote.setText("");
            imageCaption.setText("");
            image.clear();
            return;
        }
        StepAnatomy a = page.anatomy();
        filling = true;
        if (before == null || before.anatomy().batch() != a.batch()) {
            picker.getItems().setAll(page.ranked());
        }
        picker.setValue(a.row());
        filling = false;
        BatchSnapshot b = a.batch();
        String formula = Messages.get("settings.loss." + b.lossFormula().id());
        heading.setText(Messages.format("step.heading", b.epoch(), b.batch(), b.rows(), b.learningRate(), formula));
        image.showInput(a.pixels());
        imageCaption.setText(Messages.format("step.caption", ClassNames.of(a.trueClass()),
                ClassNames.of(a.predictedClass())));
        fillTable(a);
        fillDeltas(page);
    }

    private void fillTable(StepAnatomy a) {
        boolean stable = a.batch().lossFormula() == LossFormula.STABLE;
        String[] texts = {Messages.get("step.col.class"), "o", "o − m", stable ? "exp(o − m)" : "exp(o)",
            "p = softmax(o)", "p − y"};
        for (int i = 0; i < COLUMNS; i++) {
            heads[i].setText(texts[i]);
        }
        Set<String> said = new LinkedHashSet<>();
        int classes = a.batch().classCount();
        buildRows(classes);
        for (int c = 0; c < classes; c++) {
            Label name = cells[c][0];
            name.getStyleClass().remove(Styles.NUMERICS_TRUE_CLASS);
            if (c == a.trueClass()) {
                name.getStyleClass().add(Styles.NUMERICS_TRUE_CLASS);
            }
            setNumber(cells[c][1], a.logit(c));
            setNumber(cells[c][2], a.shifted(c));
            setCell(cells[c][3], a.exponent(c), said);
            setCell(cells[c][4], a.probability(c), said);
            setBar(c, a.gradient(c));
        }
        setNumber(maxValue, a.max());
        sumName.setText(stable ? "Σ exp(o − m)" : "Σ exp(o)");
        setCell(sumValue, a.exponentSum(), said);
        lossName.setText(stable ? Messages.get("step.loss.stable") : Messages.get("step.loss.naive"));
        setCell(lossValue, a.loss(), said);
        reasons.getChildren().clear();
        for (String reason : said) {
            Label line = new Label(reason);
            line.setWrapText(true);
            line.getStyleClass().add(Styles.NUMERICS_REASON);
            reasons.getChildren().add(line);
        }
    }

    private void fillDeltas(StepViewModel.Page page) {
        StepAnatomy a = page.anatomy();
        if (page.deltas() == null) {
            deltas.getChildren().clear();
            deltaNote.setText(Messages.get("step.delta.mlp"));
            return;
        }
        if (deltas.getChildren().isEmpty()) {
            deltas.getChildren().addAll(deltaTiles);
        }
        int t = a.trueClass();
        int p = a.predictedClass();
        // A NaN ΔW is drawn black; "one scale of ±0" alone would say the step changed nothing.
        deltaNote.setText(Messages.format(page.deltaNaN() ? "step.delta.nan" : "step.delta.note",
                NumericText.format(page.deltaScale())));
        String[] captions = {Messages.format("step.delta.image", ClassNames.of(t)),
            Messages.format("step.delta.image", ClassNames.of(p)),
            Messages.format("step.delta.batch", ClassNames.of(t)),
            Messages.format("step.delta.batch", ClassNames.of(p))};
        for (int i = 0; i < deltaTiles.length; i++) {
            deltaImages[i].showArgb(page.deltas()[i]);
            deltaCaptions[i].setText(captions[i]);
        }
    }

    private static Label lead(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.NUMERICS_LEAD);
        return label;
    }

    private static Label number() {
        Label label = new Label();
        label.getStyleClass().add(Styles.NUMERIC_CELL);
        return label;
    }

    private static void setNumber(Label label, double value) {
        label.setText(NumericText.format(value));
    }

    /** A value highlighted as the Numerics tab highlights it, its reason in a tooltip and the list below. */
    private static void setCell(Label label, NumericValue value, Set<String> said) {
        NumericCell cell = NumericCell.of(value);
        label.setText(cell.text());
        label.getStyleClass().setAll("label", Styles.NUMERIC_CELL);
        if (cell.isHighlighted()) {
            label.getStyleClass().add(cell.styleClass());
        }
        if (!cell.reason().isEmpty()) {
            label.setTooltip(new Tooltip(cell.reason()));
            said.add(cell.reason());
        } else {
            label.setTooltip(null);
        }
    }

    /** p − y as a bar left (negative, blue) or right (positive, red) of a centre line, ±1 full width. */
    private Node bar(int c) {
        barFills[c] = new Region();
        barNegative[c] = half(Pos.CENTER_RIGHT);
        barPositive[c] = half(Pos.CENTER_LEFT);
        Region axis = new Region();
        axis.setMinSize(1, 16);
        axis.setStyle("-fx-background-color: gray;");
        barValues[c] = new Label();
        barValues[c].getStyleClass().add(Styles.NUMERIC_CELL);
        HBox box = new HBox(0, barNegative[c], axis, barPositive[c], new Region(), barValues[c]);
        HBox.setMargin(barValues[c], new Insets(0, 0, 0, 6));
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void setBar(int c, float g) {
        double w = Float.isFinite(g) ? Math.min(1, Math.abs(g)) * BAR_HALF_WIDTH : 0;
        Region fill = barFills[c];
        fill.setMinSize(w, 12);
        fill.setMaxSize(w, 12);
        fill.setStyle(g < 0 ? "-fx-background-color: rgb(33,102,172);" : "-fx-background-color: rgb(178,24,43);");
        StackPane side = g < 0 ? barNegative[c] : barPositive[c];
        if (fill.getParent() != side) {
            barNegative[c].getChildren().remove(fill);
            barPositive[c].getChildren().remove(fill);
            side.getChildren().add(fill);
        }
        barValues[c].setText(String.format(Locale.ROOT, "%+.4f", g));
    }

    private static StackPane half(Pos alignment) {
        StackPane half = new StackPane();
        half.setAlignment(alignment);
        half.setMinWidth(BAR_HALF_WIDTH);
        half.setPrefWidth(BAR_HALF_WIDTH);
        half.setMaxWidth(BAR_HALF_WIDTH);
        return half;
    }
}
