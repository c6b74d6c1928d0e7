package org.softmaxlab.inspect;

import org.softmaxlab.train.ModelSpec;

/**
 * The first layer's weights as images at the data's shape (one per class for softmax regression, one
 * per hidden unit for the MLP), in a diverging colour map: red where a bright pixel raises the
 * class's logit, blue where it lowers it, white at 0. One symmetric scale for all of them, so the
 * templates compare.
 *
 * <p>A colour data set's inputs are three planes (red, green, blue) one after the other, as
 * {@link org.softmaxlab.data.ImageShape} lays them out. Its pictures are at the image's height × width,
 * either one colour picture of all three channels ({@link WeightPicture#COLOUR}: a pixel's red, green
 * and blue are the positive weights of its red, green and blue input, on the same scale, so a class
 * predicted by red looks red) or one channel's signed map ({@link WeightPicture#RED} …).
 */
public final class WeightImages {
    private static final int[] NEGATIVE = {33, 102, 172};   // blue
    private static final int[] POSITIVE = {178, 24, 43};    // red

    private WeightImages() {
    }

    /**
     * The first layer's columns as pictures: ten class templates for softmax regression, the H hidden
     * units' filters for the MLP, on one scale ({@link #firstLayerScale}).
     *
     * @param model      which model, with its sizes
     * @param parameters in the layout of {@link ModelSpec}
     * @return one array of D ARGB pixels, row-major, per column of the first layer
     */
    public static int[][] render(ModelSpec model, float[] parameters) {
        return render(model, parameters, firstLayerScale(model, parameters));
    }

    /**
     * The same on a scale of ±{@code scale}: weights beyond it show at full colour. A fixed scale lets
     * one see the weights grow from frame to frame, which fitting each frame to its own largest hides.
     */
    public static int[][] render(ModelSpec model, float[] parameters, double scale) {
        return render(model, parameters, scale, 1, WeightPicture.COLOUR);
    }

    /**
     * The first layer's columns as pictures of data of {@code channels} channels, drawn as
     * {@code picture} asks (grayscale data: always the signed map).
     *
     * @return one array of ARGB pixels (height × width of the image), row-major, per column of the first layer
     */
    public static int[][] render(ModelSpec model, float[] parameters, double scale, int channels, WeightPicture picture) {
        int columns = checked(model, parameters).layerOutputs()[0];
        int[][] images = new int[columns][];
        for (int c = 0; c < columns; c++) {
            images[c] = renderColumn(model, parameters, c, scale, channels, picture);
        }
        return images;
    }

    /**
     * One column of the first layer as a picture on a scale of ±{@code scale}: class {@code column}'s
     * template for softmax regression, hidden unit {@code column}'s filter (the D weights of W₁ that
     * feed it) for the MLP.
     *
     * @return D ARGB pixels, row-major
     */
    public static int[] renderColumn(ModelSpec model, float[] parameters, int column, double scale) {
        return renderColumn(model, parameters, column, scale, 1, WeightPicture.COLOUR);
    }

    /**
     * One column of the first layer as a picture of data of {@code channels} channels: the colour
     * picture of its positive weights, or one channel's signed map (see {@link WeightPicture}).
     *
     * @return height × width ARGB pixels, row-major
     */
    public static int[] renderColumn(ModelSpec model, float[] parameters, int column, double scale, int channels,
            WeightPicture picture) {
        int columns = checked(model, parameters).layerOutputs()[0];
        if (column < 0 || column >= columns) {
            throw new IllegalArgumentException("column " + column + " of " + columns);
        }
        if (channels < 1 || model.inputs() % channels != 0) {
            throw new IllegalArgumentException(model.inputs() + " inputs are not " + channels + " channels");
        }
        int plane = model.inputs() / channels;
        int[] image = new int[plane];
        if (channels == 3 && picture == WeightPicture.COLOUR) {
            for (int p = 0; p < plane; p++) {
                image[p] = positiveColour(parameters[p * columns + column], parameters[(plane + p) * columns + column],
                        parameters[(2 * plane + p) * columns + column], scale);
            }
            return image;
        }
        int first = channels == 1 ? 0 : picture.channel() * plane;
        for (int p = 0; p < plane; p++) {
            image[p] = color(parameters[(first + p) * columns + column], scale);
        }
        return image;
    }

    /**
     * The colour of a pixel whose red, green and blue inputs have weights {@code r}, {@code g},
     * {@code b}: each channel as bright as its weight is positive, on a scale of {@code scale} (a
     * negative weight shows as none of that channel). Grey when a weight is not finite, since black
     * means "no channel raises the score" here.
     */
    public static int positiveColour(double r, double g, double b, double scale) {
        if (!Double.isFinite(r) || !Double.isFinite(g) || !Double.isFinite(b)) {
            return 0xFF808080;
        }
        return 0xFF000000 | level(r, scale) << 16 | level(g, scale) << 8 | level(b, scale);
    }

    private static int level(double w, double scale) {
        double t = scale == 0 ? 0 : Math.max(0, Math.min(1, w / scale));
        return (int) Math.round(255 * t);
    }

    /** The largest finite |w| over the first layer's weights (not its biases): the colour scale's end. */
    public static double firstLayerScale(ModelSpec model, float[] parameters) {
        int weights = model.inputs() * checked(model, parameters).layerOutputs()[0];
        double scale = 0;
        for (int i = 0; i < weights; i++) {
            if (Float.isFinite(parameters[i])) {
                scale = Math.max(scale, Math.abs(parameters[i]));
            }
        }
        return scale;
    }

    /**
     * The MLP's output layer W₂ as a heat map, one row per class and one column per hidden unit
     * (K × H ARGB pixels, row-major, on its own symmetric scale); null for softmax regression.
     */
    public static int[] outputLayer(ModelSpec model, float[] parameters) {
        checked(model, parameters);
        if (!model.isMlp()) {
            return null;
        }
        int classes = model.classes();
        int hidden = model.hidden();
        int offset = model.layerOffset(1);
        double scale = 0;
        for (int i = offset; i < offset + hidden * classes; i++) {
            if (Float.isFinite(parameters[i])) {
                scale = Math.max(scale, Math.abs(parameters[i]));
            }
        }
        int[] map = new int[classes * hidden];
        for (int c = 0; c < classes; c++) {
            for (int j = 0; j < hidden; j++) {
                map[c * hidden + j] = color(parameters[offset + j * classes + c], scale);
            }
        }
        return map;
    }

    private static ModelSpec checked(ModelSpec model, float[] parameters) {
        if (parameters.length != model.parameterCount()) {
            throw new IllegalArgumentException(model.describe() + " has " + model.parameterCount()
                    + " parameters, not " + parameters.length);
        }
        return model;
    }

    /** The ARGB colour of weight {@code w} on a scale of ±{@code scale}; NaN and ±inf show as black. */
    public static int color(double w, double scale) {
        if (!Double.isFinite(w)) {
            return 0xFF000000;
        }
        double t = scale == 0 ? 0 : Math.max(-1, Math.min(1, w / scale));
        int[] end = t < 0 ? NEGATIVE : POSITIVE;
        double a = Math.abs(t);
        int r = (int) Math.round(255 + (end[0] - 255) * a);
        int g = (int) Math.round(255 + (end[1] - 255) * a);
        int b = (int) Math.round(255 + (end[2] - 255) * a);
        return 0xFF000000 | (r << 16) | (g << 8) | b;
    }
}
