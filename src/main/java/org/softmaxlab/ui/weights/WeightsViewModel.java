package org.softmaxlab.ui.weights;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.softmaxlab.train.ModelSpec;
import org.softmaxlab.ui.inspect.WindowDataset;
import org.softmaxlab.inspect.WeightImages;
import org.softmaxlab.inspect.WeightPicture;
import org.softmaxlab.ui.tasks.BackgroundTasks;
import org.softmaxlab.ui.tasks.NewestWins;

/**
 * The weight matrix as K class images at the data's image shape (in colour for colour data, see
 * {@link WeightPicture}), redrawn from each new copy of the parameters (every pulse
 * while the tab is shown during a run), on the scale chosen: fitted to each frame, fitted once and
 * held, or fixed. Colouring runs in the background; a copy that arrives while the previous one is
 * still being coloured replaces it.
 */
public final class WeightsViewModel {

    /**
     * The first layer's images, the MLP's output heat map (or null), the scale they were coloured on,
     * and their largest |w|.
     */
    private record Rendered(int[][] images, int[] outputLayer, double scale, double largest) {
    }

    private final ReadOnlyObjectWrapper<int[][]> images = new ReadOnlyObjectWrapper<>(this, "images");
    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(this, "scale");
    private final ReadOnlyObjectWrapper<int[]> outputLayer = new ReadOnlyObjectWrapper<>(this, "outputLayer");
    private final ReadOnlyDoubleWrapper largest = new ReadOnlyDoubleWrapper(this, "largest");
    private final ObjectProperty<WeightScale> scaleChoice =
            new SimpleObjectProperty<>(this, "scaleChoice", WeightScale.PER_FRAME);
    private final ObjectProperty<WeightPicture> picture =
            new SimpleObjectProperty<>(this, "picture", WeightPicture.COLOUR);
    private final NewestWins<Rendered> render;
    private float[] shown;
    /** The scale a "fit once" choice holds, or 0 until its first frame. */
    private double held;

    /**
     * @param tasks where the images are coloured
     */
    public WeightsViewModel(BackgroundTasks tasks) {
        render = tasks.newestWins();
        scaleChoice.addListener((obs, old, now) -> {
            if (now == null) {
                scaleChoice.set(old);
                return;
            }
            held = 0; // "fit once" fits the frame shown when it is chosen
            redraw();
        });
        picture.addListener((obs, old, now) -> {
            if (now == null) {
                picture.set(old);
                return;
            }
            redraw();
        });
    }

    /** Shows {@code parameters} (of either model, see {@code ModelSpec}; never modified), or nothing when null. */
    public void setWeights(float[] parameters) {
        shown = parameters;
        if (parameters == null) {
            render.cancel();
            images.set(null);
            scale.set(0);
            outputLayer.set(null);
            largest.set(0);
            held = 0;
            return;
        }
        redraw();
    }

    private void redraw() {
        float[] parameters = shown;
        if (parameters == null) {
            return;
        }
        WeightScale choice = scaleChoice.get();
        WeightPicture drawn = picture.get();
        int channels = WindowDataset.shape().channels();
        double hold = held;
        ModelSpec model = WindowDataset.modelOf(parameters).orElse(null);
        if (model == null) {
            return; // weights of a model for another data set, while the window switches
        }
        render.submit(() -> {
            double fit = WeightImages.firstLayerScale(model, parameters);
            double on = switch (choice.kind()) {
                case PER_FRAME -> fit;
                case FIT_ONCE -> hold > 0 ? hold : fit;
                case FIXED -> choice.fixed();
            };
            return new Rendered(WeightImages.render(model, parameters, on, channels, drawn), WeightImages.outputLayer(model, parameters),
                    on, fit);
        }, r -> {
            if (choice.kind() == WeightScale.Kind.FIT_ONCE && held == 0) {
                held = r.scale();
            }
            largest.set(r.largest());
            outputLayer.set(r.outputLayer());
            scale.set(r.scale());
            images.set(r.images());
        });
    }

    /** How the colours are scaled; kept across language switches, since the view-model outlives the view. */
    public ObjectProperty<WeightScale> scaleChoiceProperty() {
        return scaleChoice;
    }

    /**
     * How a colour data set's weights are drawn: all three channels as one colour picture, or one
     * channel signed; grayscale data ignores it. Kept across language switches.
     */
    public ObjectProperty<WeightPicture> pictureProperty() {
        return picture;
    }

    /** The MLP's W₂ as 10 × H ARGB pixels (row per class), or null for softmax regression or without a model. */
    public ReadOnlyObjectProperty<int[]> outputLayerProperty() {
        return outputLayer.getReadOnlyProperty();
    }

    /**
     * Arrays of height × width ARGB pixels, one per column of the first layer (ten classes, or the MLP's H hidden
     * units), or null without a model.
     */
    public ReadOnlyObjectProperty<int[][]> imagesProperty() {
        return images.getReadOnlyProperty();
    }

    /** The weight shown at full red (and, negated, full blue); 0 without a model. */
    public ReadOnlyDoubleProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    /** The largest |w| of the weights shown: the range they span now, whatever the scale; 0 without a model. */
    public ReadOnlyDoubleProperty largestProperty() {
        return largest.getReadOnlyProperty();
    }
}
