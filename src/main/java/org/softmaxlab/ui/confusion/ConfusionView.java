package org.softmaxlab.ui.confusion;

import java.awt.image.BufferedImage;
import java.io.File;
import javafx.embed.swing.SwingFXUtils;
import javafx.fxml.FXML;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.Resources;
import org.softmaxlab.ui.Styles;
import org.softmaxlab.ui.ViewListeners;
import org.softmaxlab.ui.appearance.ExportLook;
import org.softmaxlab.ui.inspect.ClassNames;

/**
 * The confusion-matrix tab: a K × K grid of labelled cells (true class down, predicted class
 * across) coloured by their share of the row, each class's accuracy at the right; a click on a
 * cell shows its images in the gallery.
 *
 * <p>Up to {@value #WIDE_FROM} − 1 classes the column names stand upright, as in Fashion-MNIST's
 * lesson. More classes get smaller cells and names turned on their side (upright they would overlap);
 * from {@value #COLOUR_ONLY_FROM} classes on the cells are too small for numbers and show their
 * colour only, the count in the tooltip. The matrix never shrinks below that: the tab scrolls.
 */
public final class ConfusionView {

    /** K, read from the window's data set when the view is built. */
    private final int classes = ClassNames.count();
    /** Full-strength colours: right answers green, confusions red (the gallery's colours). */
    private static final Color RIGHT = Color.rgb(26, 143, 26);
    private static final Color WRONG = Color.rgb(178, 24, 43);
    /** From this many classes on, smaller cells and column names on their side. */
    static final int WIDE_FROM = 11;
    /** From this many classes on, cells without numbers (in their tooltips). */
    static final int COLOUR_ONLY_FROM = 21;
    /** From this shade on, a cell's text is white to stay readable. */
    private static final double DARK_FROM = 0.55;
    /**
     * The picture (and so the exported PNG) is never narrower than this: at the minimum window size
     * its caption was cut; below it the matrix scrolls sideways instead.
     */
    static final double PICTURE_MIN_WIDTH = 900;

    private final ConfusionViewModel viewModel;
    private final Parent root;
    private final Label[][] cells = new Label[classes][classes];
    private final Tooltip[][] tooltips = new Tooltip[classes][classes];
    private final Label[] accuracies = new Label[classes];

    @FXML
    private ConfusionPicture picture;
    @FXML
    private Label overall;
    @FXML
    private GridPane matrix;
    @FXML
    private Label exportMessage;
    @FXML
    private Button exportCsv;
    @FXML
    private Button exportPng;

    /** Loads the matrix view and binds it to {@code viewModel}. */
    public ConfusionView(ConfusionViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = Resources.loadFxml("confusion/ConfusionView.fxml", this);
    }

    /** The tab's node. */
    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        buildGrid();
        // Held by the view's nodes: a view replaced on a language switch stops following the view-model.
        ViewListeners.of(picture).onChange(viewModel.matrixProperty(), (obs, old, now) -> update());
        update();
        exportMessage.textProperty().bind(viewModel.exportMessageProperty());
        exportCsv.disableProperty().bind(viewModel.matrixProperty().isNull());
        exportPng.disableProperty().bind(viewModel.matrixProperty().isNull());
        exportCsv.setOnAction(e -> chooseFile("confusion.export.csvName", "export.csv", "*.csv", false));
        exportPng.setOnAction(e -> chooseFile("confusion.export.pngName", "export.png", "*.png", true));
    }

    private void buildGrid() {
        boolean wide = classes >= WIDE_FROM;
        if (wide) {
            matrix.getStyleClass().add(Styles.CONFUSION_WIDE);
        }
        if (classes >= COLOUR_ONLY_FROM) {
            matrix.getStyleClass().add(Styles.CONFUSION_COLOUR_ONLY);
        }
        Label corner = new Label(Messages.get("confusion.corner"));
        corner.getStyleClass().add(Styles.CONFUSION_CORNER);
        corner.setMinWidth(Region.USE_PREF_SIZE);
        matrix.add(corner, 0, 0);
        for (int c = 0; c < classes; c++) {
            matrix.add(columnHeader(c, wide), c + 1, 0);
            Label row = header(ClassNames.of(c));
            row.setId("confusion-row-" + c);
            row.setMinWidth(Region.USE_PREF_SIZE);
            matrix.add(row, 0, c + 1);
        }
        Label accuracy = header(Messages.get("confusion.accuracy"));
        accuracy.setId("confusion-accuracy-header");
        // One word: wrapped in a narrow column it read "Accura cy" in the exported PNG.
        accuracy.setMinWidth(Region.USE_PREF_SIZE);
        matrix.add(accuracy, classes + 1, 0);
        for (int t = 0; t < classes; t++) {
            for (int p = 0; p < classes; p++) {
                matrix.add(cell(t, p), p + 1, t + 1);
            }
            accuracies[t] = new Label();
            accuracies[t].setId("confusion-accuracy-" + t);
            accuracies[t].getStyleClass().add(Styles.CONFUSION_ACCURACY);
            accuracies[t].setMinWidth(Region.USE_PREF_SIZE);
            matrix.add(accuracies[t], classes + 1, t + 1);
        }
    }

    /**
     * The name over column {@code c}: upright in a ten-class matrix (a line break after the slash, or
     * the narrow column would cut "T-shirt/top" mid-word); for more classes turned to read upwards, in
     * a group so that the grid makes room for it as turned.
     */
    private static Node columnHeader(int c, boolean wide) {
        if (!wide) {
            Label column = header(ClassNames.of(c).replace("/", "/\n"));
            column.getStyleClass().add(Styles.CONFUSION_COLUMN_HEADER);
            GridPane.setHalignment(column, HPos.CENTER);
            return column;
        }
        Label column = new Label(ClassNames.of(c));
        column.getStyleClass().addAll(Styles.CONFUSION_HEADER, Styles.CONFUSION_SIDEWAYS_HEADER);
        column.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        column.setRotate(-90);
        Group turned = new Group(column);
        turned.setId("confusion-column-" + c);
        GridPane.setHalignment(turned, HPos.CENTER);
        GridPane.setValignment(turned, VPos.BOTTOM);
        return turned;
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.CONFUSION_HEADER);
        label.setWrapText(true);
        // Never cut: the matrix scrolls in a small window rather than show "T-shirt/…".
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private Label cell(int t, int p) {
        Label cell = new Label();
        cell.setId("confusion-cell-" + t + "-" + p);
        cell.getStyleClass().add(Styles.CONFUSION_CELL);
        if (t == p) {
            cell.getStyleClass().add(Styles.CONFUSION_DIAGONAL);
        }
        cell.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        cell.setOnMouseClicked(e -> viewModel.choose(t, p));
        // Made when the pointer first comes: a tooltip a cell costs seconds for 100 × 100 classes.
        cell.setOnMouseEntered(e -> {
            if (tooltips[t][p] == null) {
                tooltips[t][p] = new Tooltip(viewModel.cellTooltip(t, p));
                cell.setTooltip(tooltips[t][p]);
            }
        });
        cells[t][p] = cell;
        return cell;
    }

    private void update() {
        boolean colourOnly = classes >= COLOUR_ONLY_FROM;
        overall.setText(viewModel.overallText());
        for (int t = 0; t < classes; t++) {
            for (int p = 0; p < classes; p++) {
                Label cell = cells[t][p];
                double shade = viewModel.shade(t, p);
                cell.setText(colourOnly ? "" : viewModel.cellText(t, p));
                if (tooltips[t][p] != null) {
                    tooltips[t][p].setText(viewModel.cellTooltip(t, p));
                }
                // A computed colour, set as a value: an inline style a cell, parsed as CSS, took seconds for 60 classes.
                cell.setBackground(new Background(new BackgroundFill(tint(t == p ? RIGHT : WRONG, shade), null, null)));
                cell.getStyleClass().remove(Styles.DARK_CELL);
                if (shade >= DARK_FROM) {
                    cell.getStyleClass().add(Styles.DARK_CELL);
                }
            }
            accuracies[t].setText(viewModel.accuracyText(t));
        }
    }

    /** White blended towards {@code full} by {@code shade} (0 = white, 1 = full colour). */
    static Color tint(Color full, double shade) {
        return Color.WHITE.interpolate(full, Math.max(0, Math.min(1, shade)));
    }

    private void chooseFile(String nameKey, String filterKey, String pattern, boolean png) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("confusion.export.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get(filterKey), pattern));
        chooser.setInitialFileName(Messages.get(nameKey));
        File chosen = chooser.showSaveDialog(root.getScene().getWindow());
        if (chosen == null) {
            return;
        }
        if (png) {
            viewModel.exportPng(chosen.toPath(), snapshot());
        } else {
            viewModel.exportCsv(chosen.toPath());
        }
    }

    /**
     * The matrix with its title and caption as a picture, in the light theme whatever the window's;
     * taken on the UI thread, written elsewhere.
     */
    BufferedImage snapshot() {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        return SwingFXUtils.fromFXImage(ExportLook.light(picture.getScene(), () -> picture.snapshot(parameters, null)),
                null);
    }
}
