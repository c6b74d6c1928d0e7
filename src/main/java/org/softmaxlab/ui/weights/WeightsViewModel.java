package org.softmaxlab.ui.weights;

import java.lang.System.Logger.Level;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.softmaxlab.data.FashionMnist;
import org.softmaxlab.data.ImageSet;
import org.softmaxlab.inspect.WeightImages;
import org.softmaxlab.ui.inspect.LatestWins;

/**
 * The weight matrix as ten class images, redrawn from each new copy of the parameters (every pulse
 * while the tab is shown during a run). Colouring runs in the background; a copy that arrives
 * while the previous one is still being coloured replaces it.
 */
public final class WeightsViewModel {

    private static final System.Logger LOG = System.getLogger(WeightsViewModel.class.getName());
    private static final int CLASSES = FashionMnist.CLASS_COUNT;

    /** Ten images and the scale they were coloured on. */
    private record Rendered(int[][] images, double scale) {
    }

    private final ReadOnlyObjectWrapper<int[][]> images = new ReadOnlyObjectWrapper<>(this, "images");
    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(this, "scale");
    private final LatestWins<Rendered> render;

    /**
     * @param background where the images are coloured
     * @param ui         the UI thread's executor
     */
    public WeightsViewModel(Executor background, Executor ui) {
        render = new LatestWins<>(background, ui);
    }

    /** Shows {@code parameters} ([785 × 10], bias row last; never modified), or nothing when null. */
    public void setWeights(float[] parameters) {
        if (parameters == null) {
            render.cancel();
            images.set(null);
            scale.set(0);
            return;
        }
        render.submit(() -> new Rendered(WeightImages.render(parameters), largestWeight(parameters)), r -> {
            scale.set(r.scale());
            images.set(r.images());
        }, failure -> LOG.log(Level.ERROR, "drawing the weights failed", failure));
    }

    /** The largest finite |w| over the weights (not the biases): the end of the colour legend. */
    static double largestWeight(float[] parameters) {
        double largest = 0;
        for (int i = 0; i < ImageSet.PIXELS * CLASSES; i++) {
            if (Float.isFinite(parameters[i])) {
                largest = Math.max(largest, Math.abs(parameters[i]));
            }
        }
        return largest;
    }

    /** Ten arrays of 784 ARGB pixels, one per class, or null without a model. */
    public ReadOnlyObjectProperty<int[][]> imagesProperty() {
        return images.getReadOnlyProperty();
    }

    /** The weight shown at full red (and, negated, full blue); 0 without a model. */
    public ReadOnlyDoubleProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }
}
