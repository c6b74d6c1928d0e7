package org.softmaxlab.ui.weights;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.softmaxlab.inspect.WeightPicture;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.Resources;
import org.softmaxlab.ui.Styles;
import org.softmaxlab.ui.ViewListeners;
import org.softmaxlab.ui.inspect.ClassNames;
import org.softmaxlab.ui.inspect.CrispImage;
import org.softmaxlab.ui.inspect.WindowDataset;

/**
 * The weights tab: each class's column of W as a picture at the data's image shape (red: a bright pixel
 * there raises the class's score; blue: lowers it), with the colour legend and its scale. For colour
 * data the three channels as one colour picture of what raises the score, or one channel signed
 * ({@link WeightPicture}). For the MLP: the H hidden
 * units' filters (columns of W₁) as small pictures, and the output layer W₂ as a 10 × H heat map.
 */
public final class WeightsView {

    /** K, read from the window's data set when the view is built. */
    private final int classes = ClassNames.count();
    private static final int COLUMNS = 5;
    /**
     * Screen pixels per weight of the class pictures: 6 where there is room (two rows of five fit a
     * 1280×800 window beside the settings), fewer in a narrower window, never under 2.
     */
    private static final int MAX_SCALE = 6;
    private static final int MIN_SCALE = 2;

    /** The MLP's hidden-unit filters: 1 screen pixel per weight, 16 to a row (256 fit in 16 rows). */
    private static final int UNIT_COLUMNS = 16;
    /** Screen pixels per weight of the output-layer heat map, across (hidden unit) and down (class). */
    private static final int HEAT_WIDTH = 2;
    private static final int HEAT_HEIGHT = 6;

    private final WeightsViewModel viewModel;
    private final Parent root;
    private CrispImage[] images = new CrispImage[0];
    private int classScale = MAX_SCALE;
    private final ImageView outputLayer = new ImageView();
    private final Label outputCaption = new Label();
    private final VBox outputBox = new VBox(outputCaption, outputLayer);

    @FXML
    private StackPane area;
    @FXML
    private ScrollPane contentScroll;
    @FXML
    private VBox content;
    @FXML
    private GridPane grid;
    @FXML
    private Label empty;
    @FXML
    private Label negative;
    @FXML
    private Label positive;
    @FXML
    private ChoiceBox<WeightScale> scaleChoice;
    @FXML
    private Label range;
    @FXML
    private Label caption;
    @FXML
    private Label legendCaption;
    @FXML
    private Label pictureLabel;
    @FXML
    private ChoiceBox<WeightPicture> pictureChoice;
    @FXML
    private StackPane gradient;
    @FXML
    private Label zero;

    /** Whether the data set is in colour: then the pictures can be drawn all channels at once or one by one. */
    private final boolean colourData = WindowDataset.shape().isColour();

    /** Loads the weights view and binds it to {@code viewModel}. */
    public WeightsView(WeightsViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = Resources.loadFxml("weights/WeightsView.fxml", this);
    }

    /** The tab's node. */
    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        buildTiles(classes);
        outputBox.setId("weights-output-layer");
        outputCaption.setText(Messages.get("weights.output.caption"));
        outputCaption.getStyleClass().add("caption-text");
        outputLayer.setSmooth(false);
        content.getChildren().add(1, outputBox);
        scaleChoice.getItems().setAll(WeightScale.CHOICES);
        scaleChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(WeightScale choice) {
                return choice == null ? "" : Messages.format("weights.scale." + choice.kind().name(), choice.fixed());
            }

            @Override
            public WeightScale fromString(String text) {
                throw new UnsupportedOperationException("the scale is chosen, not typed");
            }
        });
        scaleChoice.valueProperty().bindBidirectional(viewModel.scaleChoiceProperty());
        pictureChoice.getItems().setAll(WeightPicture.values());
        pictureChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(WeightPicture choice) {
                return choice == null ? "" : Messages.get("weights.picture." + choice.name());
            }

            @Override
            public WeightPicture fromString(String text) {
                throw new UnsupportedOperationException("the picture is chosen, not typed");
            }
        });
        pictureChoice.valueProperty().bindBidirectional(viewModel.pictureProperty());
        for (javafx.scene.Node colourOnly : new javafx.scene.Node[] {pictureLabel, pictureChoice}) {
            colourOnly.setVisible(colourData);
            colourOnly.setManaged(colourData);
        }
        // Held by the view's nodes: a view replaced on a language switch stops following the view-model.
        ViewListeners listeners = ViewListeners.of(content);
        listeners.onChange(viewModel.imagesProperty(), (obs, old, now) -> update());
        listeners.onChange(viewModel.scaleProperty(), (obs, old, now) -> update());
        listeners.onChange(viewModel.outputLayerProperty(), (obs, old, now) -> update());
        listeners.onChange(viewModel.pictureProperty(), (obs, old, now) -> update());
        // The tab's width decides the pictures' size, not the pictures the tab's width.
        area.setMinWidth(0);
        contentScroll.visibleProperty().bind(content.visibleProperty());
        contentScroll.viewportBoundsProperty().addListener((obs, old, now) -> fitClassScale());
        update();
    }

    /** Makes the class pictures as large as the tab's width lets five of them stand in a row. */
    private void fitClassScale() {
        // The width the scroll pane shows, less a scroll bar while one is there.
        int fitting = classScale(contentScroll.getViewportBounds().getWidth() - content.snappedLeftInset()
                - content.snappedRightInset(), grid.getHgap());
        if (fitting != classScale) {
            classScale = fitting;
            if (images.length == classes) {
                buildTiles(classes);
                update();
            }
        }
    }

    /** The screen pixels per weight at which five class pictures and their gaps fit {@code width}. */
    static int classScale(double width, double gap) {
        int fitting = (int) Math.floor((width - (COLUMNS - 1) * gap) / (COLUMNS * WindowDataset.shape().width()));
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, fitting));
    }

    /**
     * One tile per column of the first layer: the K class templates, named and large, or the MLP's
     * hidden-unit filters, small, numbered in their tooltips.
     */
    private void buildTiles(int count) {
        grid.getChildren().clear();
        images = new CrispImage[count];
        boolean perClass = count == classes;
        for (int c = 0; c < count; c++) {
            images[c] = new CrispImage(perClass ? classScale : 1);
            VBox tile = new VBox(images[c].view());
            if (perClass) {
                Label name = new Label(ClassNames.of(c));
                name.getStyleClass().add(Styles.WEIGHT_NAME);
                tile.getChildren().add(name);
            } else {
                Tooltip.install(tile, new Tooltip(Messages.format("weights.unit", c)));
            }
            tile.setId("weights-" + c);
            tile.getStyleClass().add(perClass ? Styles.WEIGHT_TILE : "weight-unit-tile");
            int columns = perClass ? COLUMNS : UNIT_COLUMNS;
            grid.add(tile, c % columns, c / columns);
        }
    }

    private void update() {
        int[][] argb = viewModel.imagesProperty().get();
        boolean shown = argb != null;
        content.setVisible(shown);
        empty.setVisible(!shown);
        if (shown) {
            if (argb.length != images.length) {
                buildTiles(argb.length);
            }
            for (int c = 0; c < argb.length; c++) {
                images[c].showArgb(argb[c]);
            }
        }
        int[] heat = shown ? viewModel.outputLayerProperty().get() : null;
        outputBox.setVisible(heat != null);
        outputBox.setManaged(heat != null);
        if (heat != null) {
            outputLayer.setImage(heatMap(heat, classes, heat.length / classes));
        }
        double scale = viewModel.scaleProperty().get();
        boolean perClass = images.length == classes;
        boolean composite = colourData && viewModel.pictureProperty().get() == WeightPicture.COLOUR;
        caption.setText(Messages.get(!perClass ? "weights.mlp.caption"
                : composite ? "weights.colour.caption" : colourData ? "weights.channel.caption" : "weights.caption"));
        legendCaption.setText(Messages.get(composite ? "weights.legend.colour.caption"
                : perClass ? "weights.legend.caption" : "weights.mlp.legend.caption"));
        // The colour pictures show how much each channel raises a score, from none (black) to the scale's end.
        gradient.getStyleClass().remove(Styles.WEIGHTS_GRADIENT_COLOUR);
        if (composite) {
            gradient.getStyleClass().add(Styles.WEIGHTS_GRADIENT_COLOUR);
        }
        zero.setVisible(!composite);
        negative.setText(!shown ? "" : composite ? Messages.get("weights.legend.none")
                : Messages.format("weights.legend.negative", scale));
        positive.setText(shown ? Messages.format("weights.legend.positive", scale) : "");
        range.setText(shown ? Messages.format("weights.range", viewModel.largestProperty().get()) : "");
    }

    /** The K × H heat map enlarged into sharp cells (the software pipeline would blur a scaled view). */
    private static WritableImage heatMap(int[] argb, int classes, int hidden) {
        int width = hidden * HEAT_WIDTH;
        int height = classes * HEAT_HEIGHT;
        int[] enlarged = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                enlarged[y * width + x] = argb[(y / HEAT_HEIGHT) * hidden + x / HEAT_WIDTH];
            }
        }
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), enlarged, 0, width);
        return image;
    }
}
