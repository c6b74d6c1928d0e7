package org.softmaxlab.ui.step;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.softmaxlab.inspect.StepAnatomy;
import org.softmaxlab.inspect.WeightImages;
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
import org.softmaxlab.ui.run.TrainingViewModel;

/**
 * The "One step" tab: the last SGD step the trainer took, opened up for one image of its batch (the
 * largest loss unless the user picks another): logits, max, shifted logits, exponents, their sum,
 * softmax, loss, the gradient p − y as signed bars, and what the step does to the weights of the
 * true and the predicted class (this image's share, and the whole batch's). Every number comes from
 * {@link StepAnatomy}, that is from the trainer's own kernels on a copy of the batch.
 */
public final class StepView {

    private static final double BAR_HALF_WIDTH = 60;

    private final VBox content = new VBox(10);
    private final ScrollPane root = new ScrollPane(content);
    private final Label heading = new Label();
    private final ComboBox<Integer> picker = new ComboBox<>();
    private final CrispImage image = new CrispImage(5);
    private final Label imageCaption = new Label();
    private final GridPane table = new GridPane();
    private final VBox reasons = new VBox(2);
    private final Label deltaNote = new Label();
    private final HBox deltas = new HBox(12);
    private StepAnatomy shown;

    /** The view of {@code training}'s copied batches. */
    public StepView(TrainingViewModel training) {
        root.setId("step-view");
        root.setFitToWidth(true);
        content.setPadding(new Insets(12));
        heading.getStyleClass().add(Styles.PANEL_HEADING);
        heading.setId("step-heading");
        heading.setWrapText(true);
        picker.setId("step-image-picker");
        table.setId("step-table");
        table.setHgap(14);
        table.setVgap(3);
        deltaNote.setWrapText(true);
        imageCaption.setId("step-image-caption");
        imageCaption.setWrapText(true); // long class names wrap under the picture instead of "Pullo…"
        imageCaption.setMaxWidth(image.side());
        imageCaption.setMinHeight(Region.USE_PREF_SIZE);
        // In a narrow window the numbers scroll sideways rather than shrink to "…".
        table.setMinWidth(Region.USE_PREF_SIZE);
        ScrollPane numbers = SidewaysScroll.around(table);
        numbers.setId("step-table-scroll");
        HBox.setHgrow(numbers, Priority.ALWAYS);
        HBox top = new HBox(16, new VBox(6, image.view(), imageCaption), numbers);
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
                return Messages.format("step.pick", row + 1, ClassNames.of(shown.batch().labels()[row]),
                        NumericText.format(shown.loss(row)));
            }

            @Override
            public Integer fromString(String text) {
                throw new UnsupportedOperationException("the image is picked, not typed");
            }
        });
        picker.valueProperty().addListener((obs, old, now) -> {
            if (now != null && shown != null && now != shown.row()) {
                show(shown.at(now));
            }
        });
        ViewListeners.of(root).onChange(training.lastBatchProperty(), (obs, old, now) -> showBatch(now));
        showBatch(training.lastBatchProperty().get());
    }

    public Parent root() {
        return root;
    }

    private void showBatch(BatchSnapshot batch) {
        if (batch == null) {
            shown = null;
            heading.setText(Messages.get("step.empty"));
            picker.getItems().clear();
            table.getChildren().clear();
            reasons.getChildren().clear();
            deltas.getChildren().clear();
            deltaNote.setText("");
            imageCaption.setText("");
            image.clear();
            return;
        }
        StepAnatomy anatomy = StepAnatomy.of(batch, 0);
        anatomy = anatomy.at(anatomy.largestLossRow());
        shown = anatomy;
        StepAnatomy ranked = anatomy;
        List<Integer> rows = new ArrayList<>(IntStream.range(0, batch.rows()).boxed().toList());
        rows.sort(Comparator.comparingDouble((Integer r) -> {
            float l = ranked.loss(r);
            return Float.isNaN(l) ? Double.NEGATIVE_INFINITY : -l;
        }));
        picker.getItems().setAll(rows);
        picker.setValue(anatomy.row());
        show(anatomy);
    }

    private void show(StepAnatomy a) {
        shown = a;
        BatchSnapshot b = a.batch();
        String formula = Messages.get("settings.loss." + b.lossFormula().id());
        heading.setText(Messages.format("step.heading", b.epoch(), b.batch(), b.rows(), b.learningRate(), formula));
        image.showInput(a.pixels());
        imageCaption.setText(Messages.format("step.caption", ClassNames.of(a.trueClass()),
                ClassNames.of(a.predictedClass())));
        fillTable(a);
        fillDeltas(a);
    }

    private void fillTable(StepAnatomy a) {
        table.getChildren().clear();
        reasons.getChildren().clear();
        boolean stable = a.batch().lossFormula() == LossFormula.STABLE;
        String[] heads = {Messages.get("step.col.class"), "o", "o − m", stable ? "exp(o − m)" : "exp(o)",
            "p = softmax(o)", "p − y"};
        for (int i = 0; i < heads.length; i++) {
            Label head = new Label(heads[i]);
            head.getStyleClass().add(Styles.NUMERICS_HEAD);
            table.add(head, i, 0);
        }
        Set<String> said = new LinkedHashSet<>();
        int classes = a.batch().classCount();
        for (int c = 0; c < classes; c++) {
            int row = c + 1;
            Label name = new Label(ClassNames.of(c));
            if (c == a.trueClass()) {
                name.getStyleClass().add(Styles.NUMERICS_TRUE_CLASS);
            }
            table.add(name, 0, row);
            table.add(number(a.logit(c)), 1, row);
            table.add(number(a.shifted(c)), 2, row);
            table.add(cell(a.exponent(c), said), 3, row);
            table.add(cell(a.probability(c), said), 4, row);
            table.add(bar(a.gradient(c)), 5, row);
        }
        int next = classes + 1;
        table.add(lead("m = max(o)"), 0, next);
        table.add(number(a.max()), 1, next);
        table.add(lead(stable ? "Σ exp(o − m)" : "Σ exp(o)"), 2, next);
        table.add(cell(a.exponentSum(), said), 3, next);
        Label lossName = lead(stable ? Messages.get("step.loss.stable") : Messages.get("step.loss.naive"));
        table.add(lossName, 0, next + 1, 3, 1);
        Node loss = cell(a.loss(), said);
        loss.setId("step-loss");
        table.add(loss, 3, next + 1);
        for (String reason : said) {
            Label line = new Label(reason);
            line.setWrapText(true);
            line.getStyleClass().add(Styles.NUMERICS_REASON);
            reasons.getChildren().add(line);
        }
    }

    private void fillDeltas(StepAnatomy a) {
        deltas.getChildren().clear();
        if (a.batch().model().isMlp()) {
            deltaNote.setText(Messages.get("step.delta.mlp"));
            return;
        }
        int t = a.trueClass();
        int p = a.predictedClass();
        float[][] maps = {a.imageDelta(t), a.imageDelta(p), a.batchDelta(t), a.batchDelta(p)};
        double scale = 0;
        for (float[] map : maps) {
            for (float v : map) {
                if (Float.isFinite(v)) {
                    scale = Math.max(scale, Math.abs(v));
                }
            }
        }
        deltaNote.setText(Messages.format("step.delta.note", NumericText.format(scale)));
        String[] captions = {Messages.format("step.delta.image", ClassNames.of(t)),
            Messages.format("step.delta.image", ClassNames.of(p)),
            Messages.format("step.delta.batch", ClassNames.of(t)),
            Messages.format("step.delta.batch", ClassNames.of(p))};
        for (int i = 0; i < maps.length; i++) {
            int[] argb = new int[maps[i].length];
            for (int j = 0; j < argb.length; j++) {
                argb[j] = WeightImages.color(maps[i][j], scale);
            }
            CrispImage picture = new CrispImage(4);
            picture.showArgb(argb);
            Label caption = new Label(captions[i]);
            caption.setWrapText(true);
            // As wide as the picture; wider in presentation mode, where the larger type made four lines.
            caption.getStyleClass().add(Styles.STEP_DELTA_CAPTION);
            VBox tile = new VBox(4, picture.view(), caption);
            tile.getStyleClass().add(Styles.WEIGHT_TILE);
            deltas.getChildren().add(tile);
        }
    }

    private static Label lead(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.NUMERICS_LEAD);
        return label;
    }

    private static Label number(double value) {
        Label label = new Label(NumericText.format(value));
        label.getStyleClass().add(Styles.NUMERIC_CELL);
        return label;
    }

    /** A value highlighted as the Numerics tab highlights it, its reason in a tooltip and the list below. */
    private static Node cell(NumericValue value, Set<String> said) {
        NumericCell cell = NumericCell.of(value);
        Label label = new Label(cell.text());
        label.getStyleClass().add(Styles.NUMERIC_CELL);
        if (cell.isHighlighted()) {
            label.getStyleClass().add(cell.styleClass());
        }
        if (!cell.reason().isEmpty()) {
            label.setTooltip(new Tooltip(cell.reason()));
            said.add(cell.reason());
        }
        return label;
    }

    /** p − y as a bar left (negative, blue) or right (positive, red) of a centre line, ±1 full width. */
    private static Node bar(float g) {
        double w = Float.isFinite(g) ? Math.min(1, Math.abs(g)) * BAR_HALF_WIDTH : 0;
        Region fill = new Region();
        fill.setMinSize(w, 12);
        fill.setMaxSize(w, 12);
        fill.setStyle(g < 0 ? "-fx-background-color: rgb(33,102,172);" : "-fx-background-color: rgb(178,24,43);");
        StackPane negative = half(Pos.CENTER_RIGHT);
        StackPane positive = half(Pos.CENTER_LEFT);
        (g < 0 ? negative : positive).getChildren().add(fill);
        Region axis = new Region();
        axis.setMinSize(1, 16);
        axis.setStyle("-fx-background-color: gray;");
        Label value = new Label(String.format(Locale.ROOT, "%+.4f", g));
        value.getStyleClass().add(Styles.NUMERIC_CELL);
        HBox box = new HBox(0, negative, axis, positive, new Region(), value);
        HBox.setMargin(value, new Insets(0, 0, 0, 6));
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
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
