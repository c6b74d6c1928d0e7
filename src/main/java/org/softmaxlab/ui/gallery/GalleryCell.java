package org.softmaxlab.ui.gallery;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.controlsfx.control.GridCell;
import org.softmaxlab.ui.inspect.WindowDataset;
import org.softmaxlab.data.ImageSet;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.Styles;
import org.softmaxlab.ui.inspect.ClassNames;
import org.softmaxlab.ui.inspect.CrispImage;

/**
 * One tile of the gallery: the image enlarged crisply, the prediction with its probability, the true
 * class. The grid creates only as many tiles as are visible and reuses them while scrolling, so a
 * tile owns its image and rewrites its pixels when it gets a new item: drawing follows what is on
 * screen, not the number of mistakes.
 */
final class GalleryCell extends GridCell<GalleryItem> {

    /**
     * Marks the picked tile. Not the cell's own {@code :selected} state: with it, the captions
     * lost their stylesheet rules (default font, black text) in the running window.
     */
    private static final PseudoClass PICKED = PseudoClass.getPseudoClass("picked");

    /** Screen pixels per image pixel. */
    static final int SCALE = 4;
    /** Width of the enlarged image, at the window's data set's shape. */
    static double imageSize() {
        return SCALE * WindowDataset.shape().width();
    }

    private final GalleryViewModel viewModel;
    private final CrispImage image = new CrispImage(SCALE);
    private final Label predicted = new Label();
    private final Label truth = new Label();
    private final VBox tile = new VBox(image.view(), predicted, truth);
    /** Kept in a field: the view-model holds it only weakly, so tiles the grid drops can be collected. */
    private final ChangeListener<GalleryItem> selectionListener = (obs, old, now) -> showSelection();

    GalleryCell(GalleryViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add(Styles.GALLERY_TILE);
        tile.getStyleClass().add(Styles.GALLERY_TILE_BOX);
        predicted.getStyleClass().add(Styles.TILE_PREDICTION);
        truth.getStyleClass().add(Styles.TILE_TRUTH);
        setOnMouseClicked(e -> {
            if (getItem() != null) {
                viewModel.select(getItem());
            }
        });
        viewModel.selectedProperty().addListener(new WeakChangeListener<>(selectionListener));
    }

    @Override
    protected void updateItem(GalleryItem item, boolean empty) {
        super.updateItem(item, empty);
        ImageSet images = viewModel.images();
        if (empty || item == null || images == null) {
            setGraphic(null);
        } else {
            image.show(images, item.index());
            boolean right = item.trueClass() == item.predictedClass();
            // A finished run keeps only its predictions, not their probabilities.
            predicted.setText(Float.isNaN(item.predictedProbability())
                    ? Messages.format("gallery.tile.predictedOnly", ClassNames.of(item.predictedClass()))
                    : Messages.format("gallery.tile.predicted", ClassNames.of(item.predictedClass()),
                            item.predictedProbability()));
            String colour = right ? Styles.TILE_RIGHT : Styles.TILE_WRONG;
            // Touch the style classes only when they change: each change re-runs CSS on the label.
            if (!predicted.getStyleClass().contains(colour)) {
                predicted.getStyleClass().removeAll(Styles.TILE_RIGHT, Styles.TILE_WRONG);
                predicted.getStyleClass().add(colour);
            }
            truth.setText(Messages.format("gallery.tile.true", ClassNames.of(item.trueClass())));
            setGraphic(tile);
        }
        showSelection();
    }

    private void showSelection() {
        GalleryItem item = getItem();
        GalleryItem chosen = viewModel.selectedProperty().get();
        pseudoClassStateChanged(PICKED, item != null && chosen != null && item.index() == chosen.index());
    }
}
