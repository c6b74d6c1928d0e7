package org.softmaxlab.ui.ownimage;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.softmaxlab.ui.inspect.WindowDataset;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.Resources;
import org.softmaxlab.ui.Styles;
import org.softmaxlab.ui.ViewListeners;
import org.softmaxlab.ui.draw.QuickPad;
import org.softmaxlab.ui.inspect.CrispImage;
import org.softmaxlab.ui.inspect.ProbabilityBars;

/**
 * The "your image" tab: drop a picture (or open one, or draw one), see it as the model sees it, 28×28 and
 * enlarged, and the ten probabilities the current model gives it.
 */
public final class OwnImageView {

    /** Screen pixels per image pixel. */
    private static final int SCALE = 8;

    private final OwnImageViewModel viewModel;
    private final Parent root;
    private final CrispImage image = new CrispImage(SCALE);
    private final ProbabilityBars bars = new ProbabilityBars("own-image-probability-");
    private QuickPad quickPad;
    private final org.softmaxlab.ui.inspect.EvidencePanel evidence =
            new org.softmaxlab.ui.inspect.EvidencePanel("own-image-");

    @FXML
    private Label caption;
    @FXML
    private StackPane dropZone;
    @FXML
    private Label dropHint;
    @FXML
    private Button open;
    @FXML
    private Button draw;
    @FXML
    private Label fileName;
    @FXML
    private Label message;
    @FXML
    private Label result;
    @FXML
    private VBox barsBox;

    /** Loads the tab and binds it to {@code viewModel}. */
    public OwnImageView(OwnImageViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = Resources.loadFxml("ownimage/OwnImageView.fxml", this);
    }

    /** The tab's node. */
    public Parent root() {
        return root;
    }

    /** Reads and classifies {@code file}: where a drop and the Open button both end. */
    public void open(Path file) {
        viewModel.load(file);
    }

    @FXML
    private void initialize() {
        dropZone.getChildren().add(0, image.view());
        barsBox.getChildren().addAll(bars.root(), evidence.root());
        dropZone.setOnDragOver(this::dragOver);
        dropZone.setOnDragExited(e -> dropZone.getStyleClass().remove(Styles.DROP_TARGET));
        dropZone.setOnDragDropped(this::dropped);
        open.setOnAction(e -> choose());
        draw.setOnAction(e -> quickPad().show(draw));
        fileName.textProperty().bind(viewModel.fileNameProperty());
        message.textProperty().bind(viewModel.messageProperty());
        message.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        // Held by the view's nodes: a view replaced on a language switch stops following the view-model.
        ViewListeners listeners = ViewListeners.of(dropZone);
        listeners.onChange(viewModel.failedProperty(), (obs, old, now) -> showFailure(now));
        listeners.onChange(WindowDataset.currentProperty(), (obs, old, now) -> showCaption());
        showCaption();
        result.textProperty().bind(viewModel.resultProperty());
        result.visibleProperty().bind(viewModel.resultProperty().isNotEmpty());
        result.managedProperty().bind(result.visibleProperty());
        listeners.onChange(viewModel.pixelsProperty(), (obs, old, now) -> showPicture());
        listeners.onChange(viewModel.probabilitiesProperty(), (obs, old, now) -> showProbabilities());
        showFailure(viewModel.failedProperty().get());
        showPicture();
        showProbabilities();
    }

    /** How a picture is made to look like the data set's images: its shape, gray or colour. */
    private void showCaption() {
        org.softmaxlab.data.ImageShape shape = WindowDataset.shape();
        caption.setText(Messages.format(shape.isColour() ? "ownImage.caption.colour" : "ownImage.caption.gray",
                shape.width(), shape.height()));
    }

    /** The pad of "Draw…", made at the first click; every stroke is classified at once. */
    private QuickPad quickPad() {
        if (quickPad == null) {
            quickPad = new QuickPad(viewModel::useDrawing);
        }
        return quickPad;
    }

    /** The pad of "Draw…", or null before it was first opened; for tests. */
    public QuickPad quickPadShown() {
        return quickPad;
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
            if (!dropZone.getStyleClass().contains(Styles.DROP_TARGET)) {
                dropZone.getStyleClass().add(Styles.DROP_TARGET);
            }
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
        if (!files.isEmpty()) {
            open(files.get(0).toPath());
        }
        e.setDropCompleted(!files.isEmpty());
        e.consume();
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("ownImage.openTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("ownImage.filter"),
                "*.png", "*.jpg", "*.jpeg", "*.PNG", "*.JPG", "*.JPEG"));
        File chosen = chooser.showOpenDialog(root.getScene().getWindow());
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    private void showFailure(boolean failure) {
        message.getStyleClass().remove(Styles.MESSAGE_ERROR);
        if (failure) {
            message.getStyleClass().add(Styles.MESSAGE_ERROR);
        }
    }

    private void showPicture() {
        float[] pixels = viewModel.pixelsProperty().get();
        dropHint.setVisible(pixels == null);
        if (pixels != null) {
            image.showInput(pixels);
        } else {
            image.clear();
        }
    }

    private void showProbabilities() {
        float[] p = viewModel.probabilitiesProperty().get();
        barsBox.setVisible(p != null);
        if (p == null) {
            bars.clear();
        } else {
            bars.show(p, -1, viewModel.predictedProperty().get());
        }
        float[] weights = viewModel.weights();
        float[] pixels = viewModel.pixelsProperty().get();
        if (p == null || weights == null || pixels == null) {
            evidence.clear();
        } else {
            int[] two = org.softmaxlab.inspect.Evidence.bestTwo(WindowDataset.modelOf(weights).orElseThrow(), weights,
                    pixels);
            evidence.show(weights, pixels, two[0], two[1], false);
        }
    }
}
