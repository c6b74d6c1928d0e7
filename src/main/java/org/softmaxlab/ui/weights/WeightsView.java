package org.softmaxlab.ui.weights;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.softmaxlab.data.FashionMnist;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.Resources;
import org.softmaxlab.ui.Styles;
import org.softmaxlab.ui.ViewListeners;
import org.softmaxlab.ui.inspect.ClassNames;
import org.softmaxlab.ui.inspect.CrispImage;

/**
 * The weights tab: each class's column of W as a 28×28 picture (red: a bright pixel there raises the
 * class's score; blue: lowers it), with the colour legend and its scale.
 */
public final class WeightsView {

    private static final int CLASSES = FashionMnist.CLASS_COUNT;
    private static final int COLUMNS = 5;
    /** 6 screen pixels per weight: two rows of five fit a 1280×800 window beside the settings. */
    private static final int SCALE = 6;

    private final WeightsViewModel viewModel;
    private final Parent root;
    private final CrispImage[] images = new CrispImage[CLASSES];

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
        for (int c = 0; c < CLASSES; c++) {
            images[c] = new CrispImage(SCALE);
            Label name = new Label(ClassNames.of(c));
            name.getStyleClass().add(Styles.WEIGHT_NAME);
            VBox tile = new VBox(images[c].view(), name);
            tile.setId("weights-" + c);
            tile.getStyleClass().add(Styles.WEIGHT_TILE);
            grid.add(tile, c % COLUMNS, c / COLUMNS);
        }
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
        // Held by the view's nodes: a view replaced on a language switch stops following the view-model.
        ViewListeners listeners = ViewListeners.of(content);
        listeners.onChange(viewModel.imagesProperty(), (obs, old, now) -> update());
        listeners.onChange(viewModel.scaleProperty(), (obs, old, now) -> update());
        update();
    }

    private void update() {
        int[][] argb = viewModel.imagesProperty().get();
        boolean shown = argb != null;
        content.setVisible(shown);
        empty.setVisible(!shown);
        if (shown) {
            for (int c = 0; c < CLASSES; c++) {
                images[c].showArgb(argb[c]);
            }
        }
        double scale = viewModel.scaleProperty().get();
        negative.setText(shown ? Messages.format("weights.legend.negative", scale) : "");
        positive.setText(shown ? Messages.format("weights.legend.positive", scale) : "");
        range.setText(shown ? Messages.format("weights.range", viewModel.largestProperty().get()) : "");
    }
}
