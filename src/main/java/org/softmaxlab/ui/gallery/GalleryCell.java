package org.softmaxlab.ui.gallery;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import org.controlsfx.control.GridCell;
import org.softmaxlab.data.ImageSet;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.Styles;
import org.softmaxlab.ui.inspect.ClassNames;
import org.softmaxlab.ui.inspect.PixelImages;

/**
 * One tile of the gallery: the image enlarged crisply, the prediction with its probability, the true
 * class. The grid creates only as many tiles as are visible and reuses them while scrolling, so a
 * tile owns its 28×28 image and rewrites its 784 pixels when it gets a new item: drawing follows
 * what is on screen, not the number of mistakes.
 */
final class GalleryCell extends GridCell<GalleryItem> {

    /** Width and height of the enlarged image: 4 screen pixels per image pixel. */
    static final double IMAGE_SIZE = 4 * PixelImages.SIZE;

    private final GalleryViewModel viewModel;
    private final WritableImage image = PixelImages.blank();
    private final int[] buffer = new int[ImageSet.PIXELS];
    private final Label predicted = new Label();
    private final Label truth = new Label();
    private final VBox tile = new VBox(PixelImages.crispView(image, IMAGE_SIZE), predicted, truth);
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
            PixelImages.writeImage(images, item.index(), buffer, image);
            boolean right = item.trueClass() == item.predictedClass();
            predicted.setText(Messages.format("gallery.tile.predicted", ClassNames.of(item.predictedClass()),
                    item.predictedProbability()));
            predicted.getStyleClass().removeAll(Styles.TILE_RIGHT, Styles.TILE_WRONG);
            predicted.getStyleClass().add(right ? Styles.TILE_RIGHT : Styles.TILE_WRONG);
            truth.setText(Messages.format("gallery.tile.true", ClassNames.of(item.trueClass())));
            setGraphic(tile);
        }
        showSelection();
    }

    private void showSelection() {
        GalleryItem item = getItem();
        GalleryItem chosen = viewModel.selectedProperty().get();
        updateSelected(item != null && chosen != null && item.index() == chosen.index());
    }
}
