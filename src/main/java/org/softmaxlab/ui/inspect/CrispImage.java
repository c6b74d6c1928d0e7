package org.softmaxlab.ui.inspect;

import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.softmaxlab.data.ImageSet;

/**
 * A 28×28 picture on screen, enlarged so that each input pixel stays a sharp square: a blurred
 * enlargement would hide exactly what the model sees. The pixels are replicated into an image of
 * the display size, drawn 1:1, because not every JavaFX pipeline honours
 * {@link ImageView#setSmooth(boolean) setSmooth(false)} (the software renderer smooths anyway);
 * smoothing stays off for screens that scale the window.
 *
 * <p>One instance per tile, reused as the tile shows other images: writing allocates nothing.
 */
public final class CrispImage {

    /** Width and height of an input image in pixels. */
    public static final int SIZE = ImageSet.COLS;

    private final int scale;
    private final WritableImage image;
    private final ImageView view;
    private final int[] argb = new int[ImageSet.PIXELS];
    private final int[] enlarged;

    /** A blank picture of {@code scale} screen pixels per image pixel. */
    public CrispImage(int scale) {
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be ≥ 1, was " + scale);
        }
        this.scale = scale;
        int side = SIZE * scale;
        image = new WritableImage(side, side);
        enlarged = new int[side * side];
        view = new ImageView(image);
        view.setSmooth(false);
    }

    /** The node showing the picture. */
    public ImageView view() {
        return view;
    }

    /** Width and height on screen. */
    public double side() {
        return SIZE * scale;
    }

    /** Shows image {@code index} of {@code images} in grayscale, light on dark like the data set. */
    public void show(ImageSet images, int index) {
        for (int row = 0; row < SIZE; row++) {
            for (int col = 0; col < SIZE; col++) {
                argb[row * SIZE + col] = gray(images.pixel(index, row, col));
            }
        }
        showArgb(argb);
    }

    /** Shows 784 values in [0, 1] (a model input) in grayscale. */
    public void showInput(float[] pixels) {
        for (int p = 0; p < ImageSet.PIXELS; p++) {
            argb[p] = gray(Math.round(Math.max(0f, Math.min(1f, pixels[p])) * 255));
        }
        showArgb(argb);
    }

    /** Shows 784 ARGB pixels, row-major (e.g. one of the weight images). */
    public void showArgb(int[] pixels) {
        int side = SIZE * scale;
        for (int row = 0; row < SIZE; row++) {
            int first = row * scale * side;
            for (int col = 0; col < SIZE; col++) {
                int value = pixels[row * SIZE + col];
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
        image.getPixelWriter().setPixels(0, 0, side, side, PixelFormat.getIntArgbInstance(), enlarged, 0, side);
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
