package org.softmaxlab.ui.weights;

import java.lang.System.Logger.Level;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.softmaxlab.inspect.WeightImages;
import org.softmaxlab.ui.inspect.LatestWins;

/**
 * The weight matrix as ten class images, redrawn from each new copy of the parameters (every pulse
 * while the tab is shown during a run). Colouring runs in the background; a copy that arrives
 * while the previous one is still being coloured replaces it.
 */
public final class WeightsViewModel {

    private static final System.Logger LOG = System.getLogger(WeightsViewModel.class.getName());

    /** The first layer's images, the MLP's output heat map (or null), and the scale they were coloured on. */
    private record Rendered(int[][] images, int[] outputLayer, double scale) {
    }

    private final ReadOnlyObjectWrapper<int[][]> images = new ReadOnlyObjectWrapper<>(this, "images");
    private final ReadOnlyObjectWrapper<int[]> outputLayer = new ReadOnlyObjectWrapper<>(this, "outputLayer");
    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(this, "scale");
    private final LatestWins<Rendered> render;

    /**
     * @param background where the images are coloured
     * @param ui         the UI thread's executor
     */
    public WeightsViewModel(Executor background, Executor ui) {
        render = new LatestWins<>(background, ui);
    }

    /** Shows {@code parameters} (of either model, see {@code ModelSpec}; never modified), or nothing when null. */
    public void setWeights(float[] parameters) {
        if (parameters == null) {
            render.cancel();
            images.set(null);
            outputLayer.set(null);
            scale.set(0);
            return;
        }
        render.submit(() -> new Rendered(WeightImages.render(parameters), WeightImages.outputLayer(parameters),
                largestWeight(parameters)), r -> {
            scale.set(r.scale());
            outputLayer.set(r.outputLayer());
            images.set(r.images());
        }, failure -> LOG.log(Level.ERROR, "drawing the weights failed", failure));
    }

    /** The largest finite |w| over the first layer's weights (not the biases): the end of the colour legend. */
    static double largestWeight(float[] parameters) {
        return WeightImages.firstLayerScale(parameters);
    }

    /** The MLP's W₂ as 10 × H ARGB pixels (row per class), or null for softmax regression or without a model. */
    public ReadOnlyObjectProperty<int[]> outputLayerProperty() {
        return outputLayer.getReadOnlyProperty();
    }

    /**
     * Arrays of 784 ARGB pixels, one per column of the first layer (ten classes, or the MLP's H hidden
     * units), or null without a model.
     */
    public ReadOnlyObjectProperty<int[][]> imagesProperty() {
        return images.getReadOnlyProperty();
    }

    /** The weight shown at full red (and, negated, full blue); 0 without a model. */
    public ReadOnlyDoubleProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }
}
