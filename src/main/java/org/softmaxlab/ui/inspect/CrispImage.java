package org.softmaxlab.ui.inspect;

import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.softmaxlab.data.ImageSet;
import org.softmaxlab.data.ImageShape;

/**
 * A picture at the window's data set's image shape ({@link WindowDataset}) on screen, enlarged so that each input pixel stays a sharp square: a blurred
 * enlargement would hide exactly what the model sees. The pixels are replicated into an image of
 * the display size, drawn 1:1, because not every JavaFX pipeline honours
 * {@link ImageView#setSmooth(boolean) setSmooth(false)} (the software renderer smooths anyway);
 * smoothing stays off for screens that scale the window.
 *
 * <p>One instance per tile, reused as the tile shows other images: writing allocates nothing.
 */
public final class CrispImage {

    private final ImageShape shape;
    private final int rows;
    private final int cols;
    private final int scale;
    private final WritableImage image;
    private final ImageView view;
    private final int[] argb;
    private final int[] enlarged;

    /** A blank picture of {@code scale} screen pixels per image pixel, at the window's data set's shape. */
    public CrispImage(int scale) {
        this(WindowDataset.shape(), scale);
    }

    /** A blank picture of {@code shape}, {@code scale} screen pixels per image pixel. */
    public CrispImage(ImageShape shape, int scale) {
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be ≥ 1, was " + scale);
        }
        this.shape = shape;
        this.rows = shape.height();
        this.cols = shape.width();
        this.scale = scale;
        this.argb = new int[shape.pixels()];
        image = new WritableImage(cols * scale, rows * scale);
        enlarged = new int[cols * scale * rows * scale];
        view = new ImageView(image);
        view.setSmooth(false);
    }

    /** The node showing the picture. */
    public ImageView view() {
        return view;
    }

    /** Width on screen. */
    public double side() {
        return cols * scale;
    }

    /** Image pixels across. */
    public int columns() {
        return cols;
    }

    /** Image pixels down. */
    public int rows() {
        return rows;
    }

    /** Shows image {@code index} of {@code images} as the data set has it (grayscale or colour). */
    public void show(ImageSet images, int index) {
        for (int row = 0; row < rows; row++) {
            for (int col = 0; col < cols; col++) {
                argb[row * cols + col] = images.argb(index, row, col);
            }
        }
        showArgb(argb);
    }

    /** Shows a model input ({@code shape.values()} values in [0, 1], colour planes one after another). */
    public void showInput(float[] pixels) {
        int plane = shape.pixels();
        for (int p = 0; p < plane; p++) {
            if (shape.isColour()) {
                argb[p] = 0xFF000000 | level(pixels[p]) << 16 | level(pixels[plane + p]) << 8 | level(pixels[2 * plane + p]);
            } else {
                argb[p] = gray(level(pixels[p]));
            }
        }
        showArgb(argb);
    }

    private static int level(float value) {
        return Math.round(Math.max(0f, Math.min(1f, value)) * 255);
    }

    /** Shows ARGB pixels, row-major (e.g. one of the weight images); only the first colour plane of a colour model's. */
    public void showArgb(int[] pixels) {
        int side = cols * scale;
        for (int row = 0; row < rows; row++) {
            int first = row * scale * side;
            for (int col = 0; col < cols; col++) {
                int value = pixels[row * cols + col];
                int at = first + col * scale;
                for (int dx = 0; dx < scale; dx++) {
                    enlarged[at + dx] = value;
                }
            }
            // The other scale − 1 screen rows of this image row are copies of the first.
            for (int dy = 1; dy < scale; dy++) {
                System.arraycopy(enlarged, first, enlarged, first + dy * side, side);
            }
        }
        image.getPixelWriter().setPixels(0, 0, side, rows * scale, PixelFormat.getIntArgbInstance(), enlarged, 0, side);
    }

    /** Shows nothing (transparent). */
    public void clear() {
        java.util.Arrays.fill(argb, 0);
        showArgb(argb);
    }

    private static int gray(int value) {
        return 0xFF000000 | (value << 16) | (value << 8) | value;
    }
}
