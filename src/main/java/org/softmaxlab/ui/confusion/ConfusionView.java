package org.softmaxlab.ui.confusion;

import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.fxml.FXML;
import javafx.geometry.HPos;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.Resources;
import org.softmaxlab.ui.Styles;
import org.softmaxlab.ui.ViewListeners;
import org.softmaxlab.ui.appearance.ExportLook;
import org.softmaxlab.ui.inspect.ClassNames;

/**
 * The confusion-matrix tab: a 10×10 grid of labelled cells (true class down, predicted class
 * across) coloured by their share of the row, each class's accuracy at the right; a click on a
 * cell shows its images in the gallery.
 */
public final class ConfusionView {

    /** K, read from the window's data set when the view is built. */
    private final int classes = ClassNames.count();
    /** Full-strength colours: right answers green, confusions red (the gallery's colours). */
    private static final Color RIGHT = Color.rgb(26, 143, 26);
    private static final Color WRONG = Color.rgb(178, 24, 43);
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
    private VBox picture;
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
        picture.setMinWidth(PICTURE_MIN_WIDTH);
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
        Label corner = new Label(Messages.get("confusion.corner"));
        corner.getStyleClass().add(Styles.CONFUSION_CORNER);
        corner.setMinWidth(Region.USE_PREF_SIZE);
        matrix.add(corner, 0, 0);
        for (int c = 0; c < classes; c++) {
            // A line break after the slash: the narrow column would otherwise cut "T-shirt/top" mid-word.
            Label column = header(ClassNames.of(c).replace("/", "/\n"));
            column.getStyleClass().add(Styles.CONFUSION_COLUMN_HEADER);
            matrix.add(column, c + 1, 0);
            GridPane.setHalignment(column, HPos.CENTER);
            Label row = header(ClassNames.of(c));
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
        tooltips[t][p] = new Tooltip();
        cell.setTooltip(tooltips[t][p]);
        cells[t][p] = cell;
        return cell;
    }

    private void update() {
        overall.setText(viewModel.overallText());
        for (int t = 0; t < classes; t++) {
            for (int p = 0; p < classes; p++) {
                Label cell = cells[t][p];
                double shade = viewModel.shade(t, p);
                cell.setText(viewModel.cellText(t, p));
                tooltips[t][p].setText(viewModel.cellTooltip(t, p));
                // A computed colour: the one place where an inline style is the right tool.
                cell.setStyle("-fx-background-color: " + web(tint(t == p ? RIGHT : WRONG, shade)) + ";");
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

    private static String web(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
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
